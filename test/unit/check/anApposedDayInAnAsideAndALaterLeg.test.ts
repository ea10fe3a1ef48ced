// Rounds 1721–1726 (held out, measured first). "The decree, adopted by the Council of Ministers two
// weeks ago, on March 15, appeared in Tuesday's edition of the Journal officiel" dated the gazette's
// appearance by the adoption's day, and a brief's "The decree appeared in the Journal officiel on March
// 28" was warned (the false warning, fixed): a day set after a coarser date in an aside that names
// who acted is the aside's, and the main verb after it is another date's. And "The eleven-truck trial
// convoy set off from Lamu on 23 April 2025" was given the day the convoy "crossed into Ethiopia at
// Moyale" (a wrong suggestion, now withdrawn): a journey's later leg is no departure.
import * as assert from 'assert';
import { dateClause } from '../helpers/dateClause';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a day apposed in an aside, a journey’s later leg', () => {
  const r1721 = roundCorpus('../probe-rounds/r1721');
  const r1723 = roundCorpus('../probe-rounds/r1723');

  test('the aside’s day does not take the main verb after it', () => {
    const text = "The decree, adopted by the Council of Ministers two weeks ago, on March 15, appeared in Tuesday's edition of the Journal officiel.";
    assert.strictEqual(dateClause(text, '2023-03-29', 1), ', on March 15');
    assert.deepStrictEqual(r1721.warnings('- The decree appeared in the Journal officiel on March 28.'), []);
  });

  test('a crossing is not a departure', () => {
    assert.deepStrictEqual(r1723.suggested('- The eleven-truck trial convoy set off from Lamu on 23 April 2025.'), []);
  });
});
