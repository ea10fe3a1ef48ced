// Round 296. Markets move every day, so a market move a brief dates is another session than a
// source's days away; but "market diversification" is no move: "In his final Cuenta Publica to
// Congress on 1 July 2025, Boric stressed market diversification" is the address a source dates to
// 1 June. A market move days away is still another session.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: market words without a move', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'chile.md': [
      '# Chile and the copper tariff',
      '',
      'Updated 20 November 2025',
      '',
      'In his final annual address to Congress, the Cuenta Publica delivered on 1 June 2025, Boric spoke of diversifying export markets and defended the copper strategy.',
      '',
      'Santiago shares fell 2% on 10 July 2025 after the copper tariff was announced.',
    ],
  });

  test('"on 1 July 2025, Boric stressed market diversification" is held to the address of 1 June', () => {
    assert.deepStrictEqual(corpus.warnings('In his final Cuenta Publica to Congress on 1 July 2025, Boric stressed market diversification without naming the United States.'), ['date-conflict 1 July 2025 -> 2025-06-01']);
  });

  test('a market move a week away is another session', () => {
    assert.deepStrictEqual(corpus.warnings('Santiago shares fell 2% on 17 July 2025 as copper prices slid.'), []);
  });
});
