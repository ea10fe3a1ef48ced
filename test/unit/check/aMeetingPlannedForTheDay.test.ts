// Round 843 (held out, measured first). "The Federal Council met in extraordinary session on Monday,
// 4 August 2025" (right) was held to a press release of 7 August, "At an extraordinary meeting held
// this morning, the Federal Council discussed the situation": another meeting. A wire of 1 August
// had said "It said it would hold an extraordinary meeting on Monday". A meeting another source
// sets for the brief's very day, told before it, not put off, and naming no one else, speaks for
// the brief: meetings recur. (Own set asia-deals-chips keeps "The APEC leaders' meeting itself is
// set to open Friday" from speaking for "Xi and Trump met in Busan on October 31".)
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a meeting planned for the day', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'wire.txt': [
      'BERN, Aug 1, 2025 (Wire) - Swiss exporters were stunned on Friday by a 39% U.S. tariff on their goods.',
      '',
      'The Federal Council has taken note of the decision with great regret, the government said in a short statement. It said it would hold an extraordinary meeting on Monday to discuss its next steps.',
    ],
    'release.txt': [
      'Press release',
      '',
      'Bern, 7 August 2025',
      '',
      'At an extraordinary meeting held this morning, the Federal Council discussed the situation following the visit to Washington.',
    ],
  });

  test('the meeting planned for the brief’s day speaks for it', () => {
    assert.deepStrictEqual(corpus.warnings('- The Federal Council met in extraordinary session on Monday, 4 August 2025 to plan its response.'), []);
  });

  test('a day no source gives is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The Federal Council met in extraordinary session on 8 August 2025 to discuss the visit to Washington.'), ['date-conflict 8 August 2025 -> 2025-08-07']);
  });
});
