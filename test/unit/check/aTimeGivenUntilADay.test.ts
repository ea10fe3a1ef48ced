// Round 724. "The letter gave Seoul until 1 August 2025 before the higher rate would be applied" was
// flagged against "Seoul shares ended higher on Tuesday, with investors reading the letter as a sign
// that the negotiating window remained open": a time given until a day is answered only by a source
// date of an end or a limit, not by one of no moment at all.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a time given until a day', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'letter.txt': [
      'Seoul reads tariff letter',
      '',
      'SEOUL, July 8, 2025 (Wire) - Seoul shares ended higher on Tuesday, with investors reading the tariff letter as a sign that the negotiating window remained open.',
      '',
      'The letter gives Seoul until Aug. 1 before the higher tariff rate applies.',
    ],
  });

  test('is not held to a day of no moment', () => {
    assert.deepStrictEqual(corpus.warnings('The tariff letter gave Seoul until 1 August 2025, and Seoul shares ended higher.'), []);
  });

  test('is held to the limit the source gives', () => {
    assert.deepStrictEqual(corpus.warnings('The tariff letter gave Seoul until 8 August 2025 before the higher tariff rate applies.'), ['date-conflict 8 August 2025 -> 2025-08-01']);
  });
});

// Round 729. "In-transit cargo had until September 10, 2025 to clear customs at the old rate" was left
// alone against "… if it clears US customs before 12:01 am on September 17": a time given until a day
// is a bound, as the source's "before" is, so the two limits are set against each other.
suite('check: a time given until a day, against a limit', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'transit.txt': [
      'India tariffs take effect',
      '',
      'Published: 2025-08-27 10:41 IST',
      '',
      'Cargo loaded onto a vessel before the deadline will still be charged the old rate if it clears US customs before 12:01 am on September 17.',
    ],
  });

  test('is held to the source’s limit', () => {
    assert.deepStrictEqual(corpus.warnings('In-transit cargo had until September 10, 2025 to clear US customs at the old rate.'), ['date-conflict September 10, 2025 -> 2025-09-17']);
  });
});
