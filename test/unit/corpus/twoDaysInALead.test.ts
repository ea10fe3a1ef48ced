// Round 834 (held out, measured first). "WASHINGTON, July 9 (Wire) - President Donald Trump said on
// Tuesday that … , and followed up late on Wednesday with a social media post saying the duty would
// start on August 1" went to 2024, the year in which July 9 is the lead's first weekday (Tuesday),
// though the text sets August 1, 2025 ahead. Of two days a lead tells a few days apart, the later
// is nearer the wire's own: July 9, 2025 is a Wednesday.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string, corpusNear: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8'), corpusNear).doc!.date;

const wire = (lead: string) =>
  [
    'Trump sets 50% copper tariff',
    '',
    `WASHINGTON, July 9 (Wire) - ${lead}`,
    '',
    'In a post on his platform, Trump wrote that the 50% copper tariff would take effect on August 1, 2025.',
  ].join('\n');

suite('corpus: two days in a lead', () => {
  test('the later of two days a lead tells dates the wire', () => {
    const lead = 'President Donald Trump said on Tuesday that the United States would impose a 50% tariff on imported copper, and followed up late on Wednesday with a social media post saying the duty would start on August 1.';
    assert.strictEqual(dated(wire(lead), '2025-07-31'), '2025-07-09');
  });
});
