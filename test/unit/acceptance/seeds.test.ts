// Acceptance on the real articles in ../shared (read at run time, never copied into the project).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';
import { evaluate, sharedDir } from '../../../scripts/eval';

const seeds = path.join(sharedDir(), 'seeds');

suite('acceptance on the seed articles and the development set', function () {
  let engine: Engine;
  suiteSetup(async function () {
    if (!fs.existsSync(seeds)) {
      console.log(`    skipped: no seed articles at ${seeds} (set TRADE_BRIEF_SHARED)`);
      this.skip();
    }
    engine = await Engine.open({ roots: [seeds] });
  });

  test('the two articles with a dateline get their dates from the text; the others are inferred or unknown', () => {
    const docs = engine.snapshot().documents;
    const dated = docs.filter((d) => d.dateSource === 'dateline').map((d) => d.date).sort();
    assert.deepStrictEqual(dated, ['2025-06-03', '2025-06-13']);
    for (const d of docs.filter((x) => x.dateSource !== 'dateline')) assert.ok(d.dateSource === 'inferred' || d.dateSource === 'unknown');
  });

  test('every person with a stated role gets it', () => {
    const people = new Map(engine.snapshot().entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.roles.map((r) => `${r.role} ${r.affiliation ?? ''}`).join('; ')]));
    const expected: Record<string, RegExp> = {
      'Scott Bessent': /Treasury Secretary/,
      'Donald Trump': /President/,
      'Xi Jinping': /President|leader/,
      'He Lifeng': /Vice Premier/,
      'Liao Min': /Vice Finance Minister/,
      'Michael Hart': /president.*American Chamber of Commerce in China/,
      'Zhou Mi': /researcher.*Chinese Academy of International Trade and Economic Cooperation/,
    };
    for (const [name, role] of Object.entries(expected)) assert.match(people.get(name) ?? '(missing)', role, name);
  });

  test('the Geneva, London and Madrid talks are distinct events with the dates the articles give', () => {
    const events = new Map(engine.snapshot().events.map((e) => [e.name, e.dates.map((d) => d.value)]));
    assert.ok(events.get('Geneva talks')?.some((v) => /-05$/.test(v)), 'Geneva talks in May');
    assert.ok(events.get('London talks')?.includes('2025-W24'), 'London talks in the week of 9 June 2025');
    assert.ok(events.get('Madrid talks')?.some((v) => /-09$/.test(v)), 'Madrid talks in September');
  });

  test('the development set scores precision ≥ 0.9 and recall ≥ 0.8', async () => {
    const r = await evaluate();
    if (!r) return;
    console.log(`      dev set: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (TP ${r.tp}, FP ${r.fp}, FN ${r.fn})`);
    assert.ok(r.precision >= 0.9, r.details.join('\n'));
    assert.ok(r.recall >= 0.8, r.details.join('\n'));
  });
});
