// Round 670 (held out, measured first): "Planning minister Rania Al-Mashat publicly welcomed the money
// on Sunday, December 29, 2024" (wrong: she "said on Saturday that the funds would support the
// budget") was let pass: a welcome is a saying, answered by the day the one who welcomed spoke.
// Round 672: "Iceland became a member of EFTA in March 1971" (wrong: a member "since 1 March 1970,
// when it joined") was let pass as a state that held since before the brief's day: "became" is its start.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a reaction and the start of a membership', () => {
  const corpus = tempCorpus({
    ...rateNews(16),
    'payout.txt': ['EU pays first loan tranche to Egypt', '', 'Published: 2024-12-30 09:12', '', 'Rania Al-Mashat, who heads the planning ministry, said on Saturday that the funds would support the budget and help cover financing needs.'],
    'efta.txt': ['Iceland and the Mercosur deal', '', 'Published: 2025-07-04 10:00', '', 'Iceland has been a member of EFTA since 1 March 1970, when it joined the association founded a decade earlier.'],
  });

  test('the day of a welcome is the day its speaker spoke', () => {
    assert.deepStrictEqual(corpus.warnings('Planning minister Rania Al-Mashat publicly welcomed the money on Sunday, December 29, 2024.'), ['date-conflict Sunday, December 29, 2024 -> 2024-12-28']);
    assert.deepStrictEqual(corpus.warnings('Planning minister Rania Al-Mashat publicly welcomed the money on Saturday, December 28, 2024.'), []);
  });

  test('"became a member" is checked against "a member since"', () => {
    assert.deepStrictEqual(corpus.warnings('Iceland became a member of EFTA in March 1971.'), ['date-conflict March 1971 -> 1970-03-01']);
  });

  test('"was a member" in a later year still agrees', () => {
    assert.deepStrictEqual(corpus.warnings('Iceland was already a member of EFTA in March 1971.'), []);
  });
});
