// A probe round's sources (test/fixtures/rounds/<name>/sources), opened once per suite: what a brief
// warns of against them, and how they dated their pages.
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

const ROUNDS = path.join(__dirname, '../../../../test/fixtures/rounds');

export interface RoundCorpus {
  /** The warnings of a brief, as "code cited". */
  check: (brief: string) => string[];
  /** The warnings of one line, set in a brief of its own. */
  warnings: (line: string) => string[];
  /** The same, with the date each suggests: "date-conflict 10 April 2025 -> 2025-04-09". */
  suggested: (line: string) => string[];
  /** The dates of one line the sources do not settle (neither bear out nor contradict), as "code cited". */
  unsettled: (line: string) => string[];
  /** The date of the page whose file name ends with `file`. */
  dateOf: (file: string) => string | null;
}

export function roundCorpus(name: string): RoundCorpus {
  let engine: Engine | undefined;
  suiteSetup(async () => {
    engine = await Engine.open({ roots: [path.join(ROUNDS, name, 'sources')] });
  });
  const check = (brief: string) => engine!.check(brief).map((d) => `${d.code} ${d.cited}`);
  return {
    check,
    warnings: (line) => check(`# Brief\n\n${line}\n`),
    suggested: (line) => engine!.check(`# Brief\n\n${line}\n`).map((d) => `${d.code} ${d.cited} -> ${d.expected}`),
    unsettled: (line) => engine!.check(`# Brief\n\n${line}\n`, { reportUnsettled: true }).filter((d) => d.code === 'date-unsettled').map((d) => `${d.code} ${d.cited}`),
    dateOf: (file) => engine!.snapshot().documents.find((d) => d.file.endsWith(file))?.date ?? null,
  };
}
