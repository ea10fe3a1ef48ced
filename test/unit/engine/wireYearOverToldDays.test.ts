// Round 350: "TOKYO, Nov 19 (Tradewire) -" over a story whose one full date is history ("on Aug. 24,
// 2023") and which tells later days without a year ("on Nov. 5", "on Nov. 7") was filed in 2023:
// those days had been put in 2023 only because the full date was, and the wire near them looked as
// sure as a dateline. It is a guess, which the corpus's sources of November 2025 better.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

const WIRE = [
  'China halts Japanese seafood again',
  '',
  'TOKYO, Nov 19 (Tradewire) - China has stopped accepting Japanese seafood, the Japanese government said on Wednesday.',
  '',
  'China shut out all seafood from Japan on Aug. 24, 2023, the day the release of treated water began. The first cargo sent under the partial reopening left for Shanghai on Nov. 5. On Nov. 7, the prime minister answered a question on Taiwan in the Diet.',
].join('\n');

suite('engine: a yearless wire over days told in a background year', () => {
  let dir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-wire-told-'));
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE);
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const wireDoc = (e: Engine) => e.snapshot().documents.find((d) => d.file.endsWith('wire.txt'))!;

  test('the corpus’s sources of November 2025 put the wire in 2025', async () => {
    fs.writeFileSync(path.join(dir, 'release.txt'), ['Press release', 'Tokyo, 18 November 2025', '', 'The ministry protested the suspension of seafood imports.'].join('\n'));
    fs.writeFileSync(path.join(dir, 'desk.md'), ['# Asia trade desk', '', '## Monday, 1 December 2025', '', 'Seafood exporters counted the cost of the halt.'].join('\n'));
    const e = await Engine.open({ roots: [dir] });
    assert.strictEqual(wireDoc(e).date, '2025-11-19');
    assert.strictEqual(e.snapshot().facts.find((f) => f.file.endsWith('wire.txt') && f.date.text === 'Wednesday')?.date.value, '2025-11-19');
  });

  // (Alone, it had kept its text's guess, 2023, where Nov 19 is a Sunday: the wire comes after the
  // past it tells, and of the next few years only 2025 puts Nov 19 on a Wednesday. Round 488.)
  test('alone, its lead’s weekday puts it in the first year after the past it tells where it fits', async () => {
    const e = await Engine.open({ roots: [dir] });
    assert.strictEqual(wireDoc(e).date, '2025-11-19');
  });

  test('alone and with no weekday in its lead, it keeps its text’s guess', async () => {
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE.replace(' on Wednesday', ''));
    const e = await Engine.open({ roots: [dir] });
    assert.strictEqual(wireDoc(e).date, '2023-11-19');
  });
});
