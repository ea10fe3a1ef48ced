// Rounds 1668 and 1670 (held out, measured first; two false warnings). "Deputy ministers … began
// tariff-harmonisation talks in Baku on Monday, 3 March 2025" was warned against "Three days of talks
// … concluded in Baku today, Wednesday, 5 March 2025": talks that concluded on the day ended then,
// however long their subject. "The environment ministry issued its notice on the scoping consultation …
// on September 27" was warned against "the consultation … was extended to the end of October": the
// day a limit was moved to answers only a brief that tells a limit, an end or the move.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: talks concluded today, and a moved limit', () => {
  const caspian = roundCorpus('../probe-rounds/r1668');
  const jadar = roundCorpus('../probe-rounds/r1670');

  test('talks begun on the Monday are not dated by their close on the Wednesday', () => {
    assert.deepStrictEqual(caspian.warnings('- Deputy ministers from Azerbaijan, Kazakhstan and Georgia began tariff-harmonisation talks in Baku on Monday, 3 March 2025.'), []);
  });

  test('a notice issued is not dated by the limit a consultation was moved to', () => {
    assert.deepStrictEqual(jadar.warnings('- The environment ministry issued its notice on the scoping consultation for the impact study on September 27.'), []);
  });
});
