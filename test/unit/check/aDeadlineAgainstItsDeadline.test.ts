// Round 830 (held out, measured first). "Outstanding provisional tariff schedules are due by 31
// October 2024" against "give countries ... until 31 October 2025": a brief's "by" was always read
// as a bound any earlier source day satisfies. When it sets a deadline ("due by") and the best match
// is the source's own deadline, given with its year, the two are a day against a day.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a deadline against its deadline', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'windhoek.txt': [
      'WINDHOEK, July 11, 2025 (Wire) - Trade ministers agreed on Thursday to give countries that have not yet submitted their provisional tariff schedules until 31 October 2025 to do so.',
      '',
      'The second phase of the trading initiative began on 1 May 2024, when eleven more countries joined.',
    ],
  });

  test('a deadline a year off is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- Outstanding provisional tariff schedules are due by 31 October 2024.'), ['date-conflict 31 October 2024 -> 2025-10-31']);
  });

  test('the right deadline is not', () => {
    assert.deepStrictEqual(corpus.warnings('- Outstanding provisional tariff schedules are due by 31 October 2025.'), []);
  });

  test('a "by" that sets no deadline is still a bound', () => {
    assert.deepStrictEqual(corpus.warnings('- Eleven more countries had joined the trading initiative by 31 December 2024.'), []);
  });
});
