// Round 594. "Cairo had accepted India as an approved wheat origin in March 2022" met nothing in
// "Egypt, the world's largest wheat buyer, approved India as a supplier only last month" (April):
// Egypt was not among the governments the checker knew, so "Cairo" did not stand for it.
// The governments trade copy names now include Egypt, the Netherlands ("Dutch", "The Hague"), Kenya,
// Lithuania, Saudi Arabia and others.
import * as assert from 'assert';
import { governmentsIn } from '../../../src/core/check/governments';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: governments named by name, adjective or capital', () => {
  const round = roundCorpus('r594');

  test('Cairo’s approval is Egypt’s, dated by the source that tells it', () => {
    assert.deepStrictEqual(round.warnings('Cairo had accepted India as an approved wheat origin in March 2022, weeks before New Delhi closed the door.'), ['date-conflict March 2022']);
  });

  test('the Dutch government, The Hague and the Netherlands are one government', () => {
    for (const text of ['The Dutch government published its rules.', 'The Hague published its rules.', 'The Netherlands published its rules.']) {
      assert.ok(governmentsIn(text).has('Netherlands'), text);
    }
  });
});
