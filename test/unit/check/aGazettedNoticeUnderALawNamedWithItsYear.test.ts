// Round 1526 (held out, measured first). "The ban acquired legal force when the Export and Import
// Control Act notice was gazetted on 8 June 2023" went unwarned: its best match was the year in the
// law's name ("the Export and Import Control Act, 1994"), which dates the law, not anything done
// under it; and "was gazetted" was no publication, so "The government announced the ban on June 8"
// stood as a source that dated the same event otherwise. The Gazette's day, 14 June 2023, answers it.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite("check: a gazetted notice under a law named with its year", () => {
  const r1526 = roundCorpus('../probe-rounds/r1526');

  test('"was gazetted on 8 June 2023" is warned with the Gazette\'s day', () => {
    assert.deepStrictEqual(r1526.suggested('- The ban acquired legal force when the Export and Import Control Act notice was gazetted on 8 June 2023.'), ['date-conflict 8 June 2023 -> 2023-06-14']);
  });
});
