// Round 371: "Hyundai resumed full construction at the Georgia site on 20 October" (a day the
// sources do not give) was held to "On Sept. 4, … agents descended on the construction site of
// HL-GA Battery Co., a joint venture between Hyundai …": a thing taken up again is answered only by a
// source that tells it taken up again, not by what stopped it.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a resumption against the stop', () => {
  const corpus = tempCorpus({
    'raid.txt': ['Raid halts battery plant', 'SAVANNAH, September 6, 2025 -', 'On Sept. 4, federal immigration agents descended on the construction site of the Hyundai battery plant in Georgia, detaining hundreds of workers.'],
    'restart.txt': ['Work restarts at port crane yard', 'BUSAN, October 2, 2025 -', 'Hanjin resumed work at the Busan crane yard on Sept. 30 after a two-week strike.'],
    ...RATE_NEWS,
  });

  test('"resumed full construction" is not dated by the raid', () => {
    assert.deepStrictEqual(corpus.warnings('- Hyundai resumed full construction at the Georgia battery plant site on 20 October 2025.'), []);
  });

  test('a resumption the source tells is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Hanjin resumed work at the Busan crane yard on 29 September 2025.'), ['date-conflict 29 September 2025 -> 2025-09-30']);
  });
});
