// Round 769 (held out, measured first): "The chartered flight carrying the released workers landed at
// Incheon on September 12" (right) was held to "A chartered … Boeing 777 carrying 316 Korean nationals
// … left Atlanta's airport on Thursday and touched down at Incheon … on Friday", at its Thursday: an
// arrival and a departure are two moments of one journey.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an arrival is no departure', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'return.txt': [
      'Workers return home',
      'Published 13 September 2025, 09:40 KST',
      '',
      'A chartered Korean Air Boeing 777 carrying 316 Korean nationals left Atlanta’s Hartsfield-Jackson airport on Thursday and touched down at Incheon International Airport shortly before 3:30 p.m. local time on Friday.',
    ],
  });

  test('the landing is not dated by the take-off', () => {
    assert.deepStrictEqual(corpus.warnings('- The chartered flight carrying the released workers landed at Incheon on September 12, 2025.'), []);
  });

  test('the take-off is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The chartered flight carrying the Korean nationals left Atlanta’s Hartsfield-Jackson airport on September 10, 2025.'), ['date-conflict September 10, 2025 -> 2025-09-11']);
  });
});
