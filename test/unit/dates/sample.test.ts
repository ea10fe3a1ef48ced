// Measures the date layer on a small hand-annotated TimeML-style sample
// (test/fixtures/dates/sample.yaml): strict-span precision/recall and value accuracy on the
// strictly matched spans. Floors are asserted; the figures are printed for the report.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { extractDates } from '../../../src/core/dates/extract';

interface Item {
  ref: string | null;
  text: string;
  timex: { text: string; value: string }[];
}

const file = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'dates', 'sample.yaml');

export interface Scores {
  gold: number;
  found: number;
  strict: number;
  valueOk: number;
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  misses: string[];
  spurious: string[];
  wrongValues: string[];
}

export function scoreSample(items: Item[]): Scores {
  let gold = 0;
  let found = 0;
  let strict = 0;
  let valueOk = 0;
  const misses: string[] = [];
  const spurious: string[] = [];
  const wrongValues: string[] = [];
  for (const it of items) {
    const expected: { start: number; end: number; value: string; text: string }[] = [];
    let from = 0;
    for (const t of it.timex ?? []) {
      const at = it.text.indexOf(t.text, from);
      if (at < 0) throw new Error(`fixture: "${t.text}" not found in "${it.text}"`);
      expected.push({ start: at, end: at + t.text.length, value: String(t.value), text: t.text });
      from = at + t.text.length;
    }
    const got = extractDates(it.text, { referenceDate: it.ref ? String(it.ref) : null });
    gold += expected.length;
    found += got.length;
    for (const e of expected) {
      const g = got.find((m) => m.start === e.start && m.end === e.end);
      if (!g) {
        const near = got.find((m) => m.start < e.end && e.start < m.end);
        misses.push(`"${e.text}"${near ? ` (got "${near.text}")` : ''} in: ${it.text}`);
        continue;
      }
      strict++;
      if (g.value === e.value) valueOk++;
      else wrongValues.push(`"${e.text}": ${g.value} ≠ ${e.value} (ref ${it.ref})`);
    }
    for (const g of got) if (!expected.some((e) => e.start === g.start && e.end === g.end)) spurious.push(`"${g.text}" ${g.value} in: ${it.text}`);
  }
  const precision = found ? strict / found : 1;
  const recall = gold ? strict / gold : 1;
  return {
    gold,
    found,
    strict,
    valueOk,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    valueAccuracy: strict ? valueOk / strict : 1,
    misses,
    spurious,
    wrongValues,
  };
}

suite('dates: annotated sample (TimeML style)', () => {
  const items = parse(fs.readFileSync(file, 'utf8')) as Item[];
  const s = scoreSample(items);

  test('sample has enough expressions to mean something', () => {
    assert.ok(s.gold >= 60, `only ${s.gold} gold expressions`);
  });

  test('strict-span precision, recall and value accuracy clear their floors', () => {
    const pct = (x: number) => (100 * x).toFixed(1) + '%';
    console.log(
      `      sample: ${s.gold} gold, ${s.found} found, strict match ${s.strict}; P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}; value accuracy ${pct(s.valueAccuracy)} (${s.valueOk}/${s.strict})`,
    );
    if (process.env.DATES_VERBOSE) {
      for (const m of s.misses) console.log('      miss:', m);
      for (const m of s.spurious) console.log('      spurious:', m);
      for (const m of s.wrongValues) console.log('      value:', m);
    }
    assert.ok(s.precision >= 0.9, `precision ${pct(s.precision)}\n${s.spurious.join('\n')}`);
    assert.ok(s.recall >= 0.85, `recall ${pct(s.recall)}\n${s.misses.join('\n')}`);
    assert.ok(s.valueAccuracy >= 0.9, `value accuracy ${pct(s.valueAccuracy)}\n${s.wrongValues.join('\n')}`);
  });
});
