// Round 405: an undated analysis whose one full date is its schedule ("a sunset clause would end the
// preferences on March 31, 2028") was dated by its latest yearless day put in the latest year before
// that, November 2027, and all its days with it. Beside sources dated in 2025 it is read in 2025.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

const ANALYSIS = [
  '# Speed bumps for the tariff regulations',
  '',
  'The rapporteur set out his draft report on Oct. 14. A sunset clause would end the preferences on March 31, 2028 unless both institutions extend them.',
  '',
  'Committee members met again on Nov. 4 and could not agree on the suspension clause.',
].join('\n');

const release = (date: string) => ['Committee press release', date, '', 'The trade committee adopted its position on the tariff regulations.'].join('\n');

suite('engine: the year of a page whose full dates are all its schedule', () => {
  let dir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-schedule-year-'));
    fs.writeFileSync(path.join(dir, 'analysis.md'), ANALYSIS);
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const page = (e: Engine) => e.snapshot().documents.find((d) => d.file.endsWith('analysis.md'))!;
  const draft = (e: Engine) => e.snapshot().facts.find((f) => f.file.endsWith('analysis.md') && f.date.text === 'Oct. 14')?.date.value;

  test('alone, it is the latest year before its schedule, a guess', async () => {
    const e = await Engine.open({ roots: [dir] });
    assert.deepStrictEqual([page(e).date, page(e).dateSource], ['2027-11-04', 'inferred']);
  });

  test('beside sources of December 2025 it is November 2025, and so are its days', async () => {
    fs.writeFileSync(path.join(dir, 'release.md'), release('3 December 2025'));
    const e = await Engine.open({ roots: [dir] });
    assert.deepStrictEqual([page(e).date, page(e).dateSource], ['2025-11-04', 'inferred']);
    assert.match(page(e).dateNote, /the year in which the corpus's dated sources are nearest it/);
    assert.strictEqual(draft(e), '2025-10-14');
  });
});
