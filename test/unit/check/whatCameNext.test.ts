// Round 629 (held out). "Hanoi and Brussels exchanged notifications that their procedures were complete
// in late June 2020" was told the sources date it to early June: "Vietnam's National Assembly ratified
// the deal in early June, almost a year after it was signed, and Hanoi and Brussels then exchanged
// formal notifications …". The date is the ratification's; the exchange came next, on a day the
// source does not give.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: what a source tells as coming next', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'evfta.txt': ['Trade deal enters into force', '', 'Published: 2025-08-03 09:00', '', 'Vietnam’s National Assembly ratified the deal in early June, almost a year after it was signed, and Hanoi and Brussels then exchanged formal notifications that their procedures were complete.'],
  });

  test('the later step is not dated by the earlier one’s day', () => {
    assert.deepStrictEqual(corpus.warnings('Hanoi and Brussels exchanged notifications that their procedures were complete in late June 2025.'), []);
  });

  test('the earlier step still is', () => {
    assert.deepStrictEqual(corpus.warnings('Vietnam’s National Assembly ratified the deal in late July 2025.'), ['date-conflict late July 2025 -> 2025-06']);
  });
});
