// Round 1083 (held out, measured first; three false warnings). "WASHINGTON, April 15 - … officials
// said on Monday" had gone to 2024, where April 15 was a Monday, though another source of the
// corpus writes in full the day the wire recalls ("On April 1, 2025, the Secretary of Commerce
// initiated the investigation"): the wire is of 2025, and "on Monday" a story filed overnight.
// "Lutnick said chip tariffs were likely within a month or two" was warned against "According to
// notices posted …, Lutnick formally initiated the semiconductor probe on April 1": a saying is not
// dated by a deed, and notices are no speaker. "TSMC broke ground on its third Arizona fab in April
// 2025" was warned against "At a board meeting on May 13, 2025, TSMC approved …, and it has also
// broken ground on a third fab": a clause joined on in the present perfect is not of that day.
// Round 1056 (left out last session): "BRUSSELS, June 6 - … said on Wednesday" had gone to 2024 by
// its weekday though another source writes the day before it in full in 2025; a year so told now
// stands against a weekday that fits it as an overnight story.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a wire dated by a day it recalls, sayings and joined perfects', () => {
  const chips = roundCorpus('../probe-rounds/r1083');
  const ukraine = roundCorpus('../probe-rounds/r1056');

  test('the wire takes the year another source gives the day it recalls', () => {
    assert.strictEqual(chips.dateOf('section232-probe-disclosed.txt'), '2025-04-15');
  });

  test('a year another source tells stands against a weekday that fits it overnight', () => {
    assert.strictEqual(ukraine.dateOf('atm-expiry-wire.txt'), '2025-06-06');
  });

  test('its "on Monday" is then the day before the dateline', () => {
    assert.deepStrictEqual(chips.warnings('- Commerce disclosed the semiconductor probe publicly on April 14.'), []);
  });

  test('a saying is not dated by a deed of the same man', () => {
    assert.deepStrictEqual(chips.warnings('- On Sunday, April 13, Commerce Secretary Lutnick said chip tariffs were likely within a month or two.'), []);
  });

  test('what a present perfect joined on tells is not of the date before it', () => {
    assert.deepStrictEqual(chips.warnings('- TSMC broke ground on its third Arizona fab in April 2025.'), []);
  });

  test('the deed told at the date still dates a brief that tells it', () => {
    assert.deepStrictEqual(chips.warnings('- At a board meeting on May 20, 2025, TSMC approved a capital injection of up to $10 billion for its Arizona subsidiary.'), ['date-conflict May 20, 2025']);
  });
});
