// Round 776: "Negotiators met in Kuala Lumpur on 25–26 October to prepare the leaders' meeting"
// (right) was held to "the meeting between the heads of state … in Busan on 30 October 2025, and the
// outcomes of the … consultations held in Kuala Lumpur": a place named past a clause break after the
// date is not where the date's event was held.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a venue past the date’s clause is not the date’s', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'notice.txt': [
      'Announcement on suspending export control measures',
      '',
      'In order to implement the consensus reached at the meeting between the heads of state of China and the United States in Busan on 30 October 2025, and the outcomes of the China-US economic and trade consultations held in Kuala Lumpur, the Ministry of Commerce hereby announces the following.',
    ],
  });

  test('talks in Kuala Lumpur are not dated by the meeting in Busan', () => {
    assert.deepStrictEqual(corpus.warnings('- Negotiators met in Kuala Lumpur on 25–26 October 2025 to prepare the leaders’ meeting.'), []);
  });

  test('the meeting in Busan is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The heads of state of China and the United States met in Busan on 31 October 2025.'), ['date-conflict 31 October 2025 -> 2025-10-30']);
  });
});

// Round 772: "Unless ministers act, it lapses on 31 March 2026 at the latest" (right) was held to
// "MC14 is scheduled for March 26-29 …, meaning the moratorium will lapse at the close of the
// conference": a day "at the latest" is a bound, met by any earlier day.
suite('check: a day at the latest is a bound', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'mc14.txt': ['Moratorium at stake', '', 'JAKARTA, Feb 10, 2026 (Wire) - MC14 is scheduled for March 26-29, 2026 in Yaounde, meaning the e-commerce moratorium will lapse at the close of the conference unless ministers agree to renew it.'],
  });

  test('an earlier lapse meets it', () => {
    assert.deepStrictEqual(corpus.warnings('- Unless ministers act, the e-commerce moratorium lapses on 31 March 2026 at the latest.'), []);
  });
});
