// Round 644 (held out, measured first). "Delegations had begun arriving in the Kenyan capital on
// Saturday, 12 December" was flagged against "the WTO's tenth ministerial conference, which opened in
// the Kenyan capital on Tuesday": the two share only the place, named by its country's adjective,
// which is a name in other words, not something that happened.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: "the Kenyan capital" is a place’s name', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'ita.txt': [
      'Tech tariff deal signed off',
      '',
      "NAIROBI, Dec 16, 2015 (Wire) - The final text was signed off on the second day of the WTO's tenth ministerial conference, which opened in the Kenyan capital on Tuesday.",
    ],
  });

  test('sharing only the place says nothing of another act', () => {
    assert.deepStrictEqual(corpus.warnings('Delegations had begun arriving in the Kenyan capital on Saturday, 12 December 2015.'), []);
  });

  test('the conference that opened there is still dated', () => {
    assert.deepStrictEqual(corpus.warnings('The WTO ministerial conference opened in the Kenyan capital on 14 December 2015.'), ['date-conflict 14 December 2015 -> 2015-12-15']);
  });
});
