// Round 662 (held out, measured first). "Xanana Gusmão signed Timor-Leste's accession protocol in Abu
// Dhabi on 27 February" went unflagged against "… Xanana Gusmao then signed their protocols of
// accession at a ceremony on the sidelines of the plenary on Monday afternoon": the date was read as
// the plenary's own ("the plenary on Monday"), a noun the brief does not name. At the occasion of an
// act the brief tells ("signed"), the date is that act's.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an act at an occasion dated by its noun', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'opens.txt': [
      'WTO ministerial opens in Abu Dhabi',
      '',
      'ABU DHABI, Feb 26, 2024 (Wire) - Timor-Leste Prime Minister Xanana Gusmao signed the protocol of accession at a ceremony on the sidelines of the plenary on Monday afternoon.',
    ],
  });

  test('the signing at the plenary is dated by it', () => {
    assert.deepStrictEqual(corpus.warnings("Xanana Gusmao signed Timor-Leste's accession protocol in Abu Dhabi on 27 February 2024."), ['date-conflict 27 February 2024 -> 2024-02-26']);
  });

  test('an act the source does not tell is not', () => {
    assert.deepStrictEqual(corpus.warnings('Xanana Gusmao addressed journalists in Abu Dhabi on 27 February 2024.'), []);
  });
});
