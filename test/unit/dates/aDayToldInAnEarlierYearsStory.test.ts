// Round 652 (held out, measured first). An undated analysis whose timeline ends "2023-07-17 - Russia
// quits the deal" was dated 1 August 2023, from "The first cargo, corn aboard the Razoni, sailed on
// Aug. 1": a yearless day told after a page's latest full date dates the page, but this one is told
// in a paragraph about 2022 ("presided over the signing … on 22 July 2022"), so it is 2022's.
import * as assert from 'assert';
import { inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';

const inferred = (text: string) => inferDocumentDate(extractDates(text, { referenceDate: null }), text)?.date;

suite('dates: a day told in the story of an earlier year', () => {
  test('does not carry the page past its latest full date', () => {
    const text = [
      'Guterres and Erdogan presided over the signing in Istanbul on 22 July 2022. The first cargo sailed on Aug. 1.',
      '',
      'Timeline:',
      '2023-05-17 - Two-month extension announced',
      '2023-07-17 - Russia quits the deal',
    ].join('\n');
    assert.strictEqual(inferred(text), '2023-07-17');
  });

  test('a day told after the latest full date in its own story still does', () => {
    assert.strictEqual(inferred('Russia quit the deal on July 17, 2023. Ports were struck on July 19.'), '2023-07-19');
  });
});
