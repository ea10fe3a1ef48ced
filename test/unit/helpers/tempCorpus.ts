// A small corpus written to a temporary folder for one suite, opened as an engine, removed after.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

/**
 * Unrelated news, so that the words of a suite's own articles are rare in the corpus, as in a real
 * one (with a single article, every word is as common as can be).
 */
export const PORT_NEWS = ['Port strike ends', 'ROTTERDAM, March 12, 2025 -', 'Dock workers ended a strike at the container terminal on March 11.'];

/** `n` unrelated articles, for suites whose own words must be as rare as in a real corpus. */
export function rateNews(n: number): Record<string, string[]> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, k) => k + 1).map((i) => [`rates-${i}.txt`, [`Rates ${i}`, `LONDON, March ${i}, 2025 -`, `The central bank held interest rates on March ${i} as inflation eased in services and rents.`]]),
  );
}

/** Six of them. */
export const RATE_NEWS: Record<string, string[]> = rateNews(6);

/** Call inside a suite: writes `files` (name → lines) before the suite's tests and removes them after. */
export function tempCorpus(files: Record<string, string[]>): { engine: () => Engine; warnings: (brief: string) => string[] } {
  let dir = '';
  let engine: Engine | undefined;
  suiteSetup(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-corpus-'));
    for (const [name, lines] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), lines.join('\n'));
    engine = await Engine.open({ roots: [dir] });
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const open = () => {
    if (!engine) throw new Error('the corpus is not open yet');
    return engine;
  };
  return {
    engine: open,
    /** The warnings a one-line brief gets, as "code cited -> expected". */
    warnings: (brief) => open().check(brief + '\n').map((d) => `${d.code} ${d.cited} -> ${d.expected}`),
  };
}
