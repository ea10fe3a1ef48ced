// Round 1121 (held out, measured first; one false warning). "negotiators … struck a provisional deal
// on March 17 after a late-night session in Brussels" warned against a brief's "reached the
// provisional trilogue agreement on 18 March 2026", which another source gives ("struck shortly after
// 1 a.m. on 18 March 2026"): a day whose event ran into the night is not set against the next day.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a night that ran past midnight', () => {
  const steel = roundCorpus('../probe-rounds/r1121');

  test('the day after a late-night session is not contradicted', () => {
    assert.deepStrictEqual(steel.warnings('- Negotiators reached the provisional trilogue agreement on 18 March 2026.'), []);
  });

  test('a day further off still is', () => {
    assert.deepStrictEqual(steel.warnings('- Negotiators reached the provisional trilogue agreement on 20 March 2026.'), ['date-conflict 20 March 2026']);
  });
});
