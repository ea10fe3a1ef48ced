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
