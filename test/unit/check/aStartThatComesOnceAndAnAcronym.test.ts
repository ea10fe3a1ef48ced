// Rounds 1223-1228 (held out, measured first; nine missed, no false warning), and the rounds before
// them that the same rules reached.
// - "The termination itself took effect on 14 April 2025" against "The termination took effect on
//   July 14, 2025": a thing that starts once (a termination, an agreement, a ban), named by the same
//   word before the same start, has one start day, however far apart the two dates are.
// - "Trump and Xi met in Busan on 31 October 2025 and agreed a one-year truce" is answered by "agreed
//   on Thursday to a one-year truce": the source tells what the meeting ended in, by the brief's verb.
// - "Applications … are due by 1 December 2024": the source's deadline may be a close match below the
//   best ("Companies have until Dec. 1 to file").
// - "India's EFTA agreement": an acronym is the organisation whose name's initials it spells.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a start that comes once, and an acronym', () => {
  const tomatoes = roundCorpus('../probe-rounds/r1058');
  const busan = roundCorpus('../probe-rounds/r1228');
  const chips = roundCorpus('../probe-rounds/r1226');
  const efta = roundCorpus('../probe-rounds/r878');

  test('a termination takes effect once', () => {
    assert.deepStrictEqual(tomatoes.warnings('- The termination itself took effect on 14 April 2025, ending the reference-price regime.'), ['date-conflict 14 April 2025']);
    assert.deepStrictEqual(tomatoes.warnings('- The termination itself took effect on 14 July 2025, ending the reference-price regime.'), []);
  });

  test('what a meeting ended in dates the meeting', () => {
    assert.deepStrictEqual(busan.warnings('- Trump and Xi met in Busan on 31 October 2025 and agreed a one-year truce.'), ['date-conflict 31 October 2025']);
    assert.deepStrictEqual(busan.warnings('- Trump and Xi met in Busan on 30 October 2025 and agreed a one-year truce.'), []);
  });

  test('a deadline below the best match still answers a deadline', () => {
    assert.deepStrictEqual(chips.warnings('- Applications for the first review round (and refund eligibility) are due by 1 December 2024.'), ['date-conflict 1 December 2024']);
    assert.deepStrictEqual(chips.warnings('- Applications for the first review round (and refund eligibility) are due by 1 December 2025.'), []);
  });

  test('"EFTA" is the European Free Trade Association the sources name in full', () => {
    assert.deepStrictEqual(efta.warnings("- India's EFTA agreement, a benchmark for EU negotiators, entered into force on 10 March 2024."), ['date-conflict 10 March 2024']);
  });
});
