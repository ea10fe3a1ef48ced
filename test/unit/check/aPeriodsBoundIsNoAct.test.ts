// Round 975 (held out, measured first; a false warning). "Finance Minister Nirmala Sitharaman presented
// the Union Budget on Saturday, 1 February 2025" was warned against "Finance Minister Nirmala
// Sitharaman, presenting the budget for the fiscal year that starts on April 1, 2025, told parliament
// …": a date in a relative clause that says when a period starts names the period, not the day of the
// act the sentence tells.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite("check: a period's bound is no act", () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'delhi.txt': [
      'NEW DELHI, Feb 1 (Wire) - India cut its customs duty slabs in its federal budget on Saturday.',
      '',
      'Finance Minister Nirmala Sitharaman, presenting the budget for the fiscal year that starts on April 1, 2025, told parliament that the government wanted a simpler tariff structure.',
    ],
  });

  test('the budget’s presentation is not dated by the fiscal year’s start', () => {
    assert.deepStrictEqual(corpus.warnings('- Finance Minister Nirmala Sitharaman presented the Union Budget on Saturday, 1 February 2025.'), []);
  });

  test('the fiscal year’s start, misdated, still warns', () => {
    assert.deepStrictEqual(corpus.warnings('- The fiscal year covered by the budget Nirmala Sitharaman presented starts on 1 March 2025.'), ['date-conflict 1 March 2025 -> 2025-04-01']);
  });
});
