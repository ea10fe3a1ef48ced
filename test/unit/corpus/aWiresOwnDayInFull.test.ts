// Round 642 (held out, measured first). "JOHANNESBURG, Sept 30 (Wire) - … is set to expire at midnight
// on Tuesday …; the 2015 extension … ends on Sept. 30, 2025", in a corpus dated 2023 elsewhere, went to
// 2023: the text's one full date of the wire's own day was read as an end, not as the page's day.
// Round 622 keeps the limit a year on apart: "would normally be completed by Aug. 18, 2021" under
// "BEIJING, Aug 18 - … said on Tuesday" is 2020, where Aug 18 was a Tuesday.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string, corpusNear: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8'), corpusNear).doc!.date;

const lapse = [
  'Africa trade deal set to lapse',
  '',
  'JOHANNESBURG, Sept 30 (Wire) - The African Growth and Opportunity Act is set to expire at midnight on Tuesday after Congress failed to pass a renewal.',
  '',
  'The 2015 extension ran for 10 years and ends on Sept. 30, 2025.',
].join('\n');

const probe = [
  'China opens wine probe',
  '',
  "BEIJING, Aug 18 (Wire) - China's commerce ministry said on Tuesday it had opened an anti-dumping investigation into wine from Australia.",
  '',
  'The investigation would normally be completed by Aug. 18, 2021.',
].join('\n');

suite('corpus: a wire’s own day given in full', () => {
  test('the year the text gives the wire’s own day in is the wire’s', () => {
    assert.strictEqual(dated(lapse, '2023-11-04'), '2025-09-30');
  });

  test('a limit a year on is not the wire’s day', () => {
    assert.strictEqual(dated(probe, '2021-03-26'), '2020-08-18');
  });
});
