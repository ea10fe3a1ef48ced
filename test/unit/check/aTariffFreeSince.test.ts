// Round 749 (held out, measured first): "Aerospace engines and parts have entered the US tariff-free
// since 30 June 2024" was read as a bound ("since" a day, any later source day agreeing), though
// "tariff-free since" is a state and its start, as "in force since" is: against "removed US tariffs
// on British aerospace goods … with effect from 30 June 2025" it is a year off.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: tariff-free since a day', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'quota.txt': ['The car quota explained', '', 'The same executive order removed US tariffs on British aerospace goods, including engines and wing parts, with effect from 30 June 2025.'],
  });

  test('a start a year off is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- Aerospace engines and parts have entered the US tariff-free since 30 June 2024.'), ['date-conflict 30 June 2024 -> 2025-06-30']);
  });

  test('the right start is not', () => {
    assert.deepStrictEqual(corpus.warnings('- Aerospace engines and parts have entered the US tariff-free since 30 June 2025.'), []);
  });
});
