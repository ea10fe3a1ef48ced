// Round 1287: "BRUSSELS, March 27 (Wire) - The Commission on Tuesday cut …" over history of December
// 2016 and a limit of June 30, 2026 was put in 2018, the one year between those two that makes March 27
// a Tuesday. Among sources of March 2025 it is of 2025, its Tuesday two days before the wire's day:
// one weekday matched in a decade of years is weaker than the corpus's year.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

const WIRE = [
  'Brussels trims a neighbour’s steel quota',
  '',
  'BRUSSELS, March 27 (Wire) - The European Commission on Tuesday cut the hot-rolled steel quota of its customs union partner by about a seventh.',
  '',
  'Talks to modernise the customs union were first sought in December 2016 and have stalled since. The safeguard that sets the quota cannot run beyond June 30, 2026.',
].join('\n');

suite('engine: a yearless wire whose lead’s weekday fits one year far from the corpus', () => {
  let dir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-wire-wide-'));
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE);
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const wireDoc = (e: Engine) => e.snapshot().documents.find((d) => d.file.endsWith('wire.txt'))!;

  test('among sources of March 2025 it is of 2025, its Tuesday two days before', async () => {
    fs.writeFileSync(path.join(dir, 'release.txt'), ['Press release', 'Ankara, 26 March 2025', '', 'The trade ministry regretted the quota decision.'].join('\n'));
    fs.writeFileSync(path.join(dir, 'desk.md'), ['# Steel desk', '', '## Friday, 11 April 2025', '', 'Mills counted the cost of the smaller quota.'].join('\n'));
    const e = await Engine.open({ roots: [dir] });
    assert.strictEqual(wireDoc(e).date, '2025-03-27');
    assert.strictEqual(e.snapshot().facts.find((f) => f.file.endsWith('wire.txt') && f.date.text === 'Tuesday')?.date.value, '2025-03-25');
  });

  test('alone, the one year between its past and its limit where March 27 is a Tuesday', async () => {
    const e = await Engine.open({ roots: [dir] });
    assert.strictEqual(wireDoc(e).date, '2018-03-27');
  });

  test('among sources of 2025 whose lead’s weekday is four days before, it keeps that year', async () => {
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE.replace('March 27', 'March 29'));
    fs.writeFileSync(path.join(dir, 'release.txt'), ['Press release', 'Ankara, 28 March 2025', '', 'The trade ministry regretted the quota decision.'].join('\n'));
    const e = await Engine.open({ roots: [dir] });
    assert.notStrictEqual(wireDoc(e).date, '2025-03-29');
  });
});
