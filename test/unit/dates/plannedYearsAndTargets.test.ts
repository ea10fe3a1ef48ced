// Rounds 396 and 421: a year the text sets as a plan ("The Commission then plans to send its
// proposals in the first quarter of 2026") was taken as the year a yearless wire was filed in, and
// an undated analysis was dated by its target ("The official target for entry into force is Jan. 1,
// 2027"). A plan's year and a target's day lie ahead of the page.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';
import { Engine } from '../../../src/core/engine/engine';

const inferred = (text: string) => inferDocumentDate(extractDates(text, { referenceDate: null }), text)?.date;

suite('dates: planned years and targets', () => {
  test('"the official target for entry into force is Jan. 1, 2027" does not date the page', () => {
    assert.strictEqual(inferred('Negotiators closed the deal on Sept. 23, 2025 in Bali. The official target for entry into force is Jan. 1, 2027, which leaves little slack.'), '2025-09-23');
  });

  test('a wire is not filed in the year of what is planned', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-planned-year-'));
    try {
      const wire = [
        'NUSA DUA, Indonesia, Sept 23 (Tradewire) - The EU and Indonesia signed their trade pact on Tuesday, nine years after talks opened on July 18, 2016.',
        '',
        'The Commission then plans to send its proposals to the Council in the first quarter of 2026.',
      ];
      fs.writeFileSync(path.join(dir, 'wire.md'), wire.join('\n'));
      const e = await Engine.open({ roots: [dir] });
      const date = e.snapshot().documents[0].date;
      assert.notStrictEqual(date?.slice(0, 4), '2026');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
