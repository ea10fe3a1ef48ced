// Round 588. "BRUSSELS, Nov 9 (Wire) - The European Union will begin charging tariffs on $4 billion of
// U.S. imports on Tuesday" was read as filed on a Tuesday, and put in 2021 (when Nov 9 was one) rather
// than the corpus's 2020: the test for a lead that looks ahead stopped at the stop of "U.S.", as if the
// sentence had ended there, and lost its "will".
import * as assert from 'assert';
import { pageDate } from '../helpers/pageDate';

const WIRE = [
  'EU to hit US goods in aircraft row',
  '',
  'BRUSSELS, Nov 9 (Wire) - The European Union will begin charging tariffs on $4 billion of U.S. imports on Tuesday, the bloc’s trade chief said, in its answer to subsidies for Boeing.',
].join('\n');

suite('page dates: a lead that looks ahead past initials', () => {
  test('"will … U.S. imports on Tuesday" is a day ahead: the corpus’s year stands', () => {
    assert.strictEqual(pageDate(WIRE, '2020-11-01')[0], '2020-11-09');
  });

  test('without the "will", the Tuesday is the wire’s own day', () => {
    assert.strictEqual(pageDate(WIRE.replace('will begin charging', 'began charging'), '2020-11-01')[0], '2021-11-09');
  });
});
