// Scores the checker on our own labelled sets (test/fixtures/own-eval) and on the development set
// in ../shared/eval/dev (briefs written against the seed articles, with labels saying which dates
// must warn). Prints every decision and, last, one line with precision and recall per set. The dev
// set is skipped with a message when ../shared is not there.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { Engine } from '../src/core/engine/engine';

interface Label {
  line: number;
  text: string;
  label: 'correct' | 'conflict' | 'unknown' | 'weekday';
  expected?: string;
}

export interface EvalResult {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Of the date conflicts found on lines labelled with their right date: how many suggest that date. */
  suggested: { right: number; wrong: number };
  details: string[];
}

export function sharedDir(): string {
  return process.env.TRADE_BRIEF_SHARED ?? path.resolve(__dirname, '..', '..', '..', 'shared');
}

export async function evaluate(shared = sharedDir()): Promise<EvalResult | undefined> {
  const dev = path.join(shared, 'eval', 'dev');
  const seeds = path.join(shared, 'seeds');
  if (!fs.existsSync(path.join(dev, 'labels.yaml')) || !fs.existsSync(seeds)) return undefined;
  return evaluateSet(seeds, dev);
}

/** Our own labelled sets (articles and briefs written for this project), in the dev set's layout. */
export const OWN_SETS = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'own-eval');

/**
 * Probe rounds: each a small corpus, a brief and its labels, written blind by helper agents in our
 * own words (test/fixtures/probe-rounds, the thirtieth session's 731–778), in the dev set's layout.
 */
export const PROBE_ROUNDS = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'probe-rounds');

export async function evaluateOwn(root = OWN_SETS): Promise<EvalResult & { sets: Record<string, EvalResult> }> {
  const total: EvalResult & { sets: Record<string, EvalResult> } = { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, suggested: { right: 0, wrong: 0 }, details: [], sets: {} };
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    const r = await evaluateSet(path.join(dir, 'sources'), dir);
    total.sets[name] = r;
    total.tp += r.tp;
    total.fp += r.fp;
    total.fn += r.fn;
    total.suggested.right += r.suggested.right;
    total.suggested.wrong += r.suggested.wrong;
    total.details.push(...r.details);
  }
  total.precision = total.tp + total.fp ? total.tp / (total.tp + total.fp) : 1;
  total.recall = total.tp + total.fn ? total.tp / (total.tp + total.fn) : 1;
  return total;
}

/** Checks every brief in `labelled/briefs` against `corpus` and scores the warnings against `labelled/labels.yaml`. */
export async function evaluateSet(corpus: string, labelled: string): Promise<EvalResult> {
  const labels = parse(fs.readFileSync(path.join(labelled, 'labels.yaml'), 'utf8')) as { briefs: Record<string, Label[]> };
  const engine = await Engine.open({ roots: [corpus] });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const suggested = { right: 0, wrong: 0 };
  const details: string[] = [];
  for (const [brief, rows] of Object.entries(labels.briefs)) {
    const text = fs.readFileSync(path.join(labelled, 'briefs', brief), 'utf8');
    // Each warning is scored against the label of the date it cites (a line may hold several dates:
    // "announced 31 July, in force 8 August"), and a date warned twice (weekday and conflict) once.
    const positive = (r: Label) => r.label === 'conflict' || r.label === 'weekday';
    const used = new Set<Label>();
    for (const d of engine.check(text)) {
      const line = d.line + 1;
      const onLine = rows.filter((r) => r.line === line);
      // The warning's whole span ("Tuesday, 23 July 2025") first: its cited words may be only the
      // weekday it would replace, which another date on the line can hold too.
      const cited = [text.slice(d.start, d.end), d.cited].filter((c) => c);
      const row =
        cited.map((c) => onLine.find((r) => r.text === c)).find((r) => r) ??
        cited.map((c) => onLine.find((r) => c.includes(r.text) || r.text.includes(c))).find((r) => r) ??
        (onLine.length === 1 ? onLine[0] : onLine.find(positive));
      if (row && used.has(row)) continue;
      if (row) used.add(row);
      const hit = !!row && positive(row);
      if (hit) tp++;
      else fp++;
      details.push(`${hit ? 'TP' : 'FP'} ${brief}:${line} ${row ? `[${row.label}] ` : ''}${d.code}: ${d.message}`);
      // A warning found for the right line may still suggest another day than the sources': the
      // quick fix would then write a wrong date. ("2023-05" labels a month: any day in it is right.)
      if (hit && row.label === 'conflict' && row.expected && d.code === 'date-conflict') {
        const want = String(row.expected);
        const got = String(d.expected);
        if (got.startsWith(want) || want.startsWith(got)) suggested.right++;
        else {
          suggested.wrong++;
          details.push(`WRONG DATE ${path.basename(labelled)}/${brief}:${line} suggests ${got}, labelled ${want}`);
        }
      }
    }
    for (const r of rows) {
      if (positive(r) && !used.has(r)) {
        fn++;
        details.push(`FN ${brief}:${r.line} "${r.text}" expected ${r.expected ?? r.label}`);
      }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, suggested, details };
}

/** "conflicts suggesting the labelled date: 1125 of 1173". */
function suggestion(r: EvalResult): string {
  return `conflicts suggesting the labelled date: ${r.suggested.right} of ${r.suggested.right + r.suggested.wrong}`;
}

if (require.main === module) {
  (async () => {
    const own = await evaluateOwn();
    for (const d of own.details) console.log(d);
    for (const [name, r] of Object.entries(own.sets)) console.log(`  ${name}: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (TP ${r.tp}, FP ${r.fp}, FN ${r.fn})`);
    console.log(`own sets: precision ${own.precision.toFixed(3)}, recall ${own.recall.toFixed(3)} (TP ${own.tp}, FP ${own.fp}, FN ${own.fn}); ${suggestion(own)}`);
    const probes = await evaluateOwn(PROBE_ROUNDS);
    for (const d of probes.details) if (!d.startsWith('TP')) console.log(d);
    console.log(`probe rounds (${Object.keys(probes.sets).length}): precision ${probes.precision.toFixed(3)}, recall ${probes.recall.toFixed(3)} (TP ${probes.tp}, FP ${probes.fp}, FN ${probes.fn}); ${suggestion(probes)}`);
    const r = await evaluate();
    if (!r) {
      console.log(`eval: dev set skipped — none at ${path.join(sharedDir(), 'eval', 'dev')} (set TRADE_BRIEF_SHARED to the shared folder)`);
      return;
    }
    for (const d of r.details) console.log(d);
    console.log(`dev set: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (TP ${r.tp}, FP ${r.fp}, FN ${r.fn}); ${suggestion(r)}`);
  })();
}
