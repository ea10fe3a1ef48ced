// Rounds 1685–1690 (held out, measured first). "Officials then pushed the expiry back, initially to 31
// October 2021" was warned against "That scheme was initially meant to expire on 31 August": the day
// a brief says a limit was moved to is not contradicted by the day the source says it first stood at
// (the false warning, fixed). "appeared in the Official Gazette on 19 May 2021" is answered by the
// gazette's 20 May, though another source gives 19 May as the day the decree was signed: a day given
// to another moment of the thing does not keep the brief's day. "kept growing after the reopening and
// peaked … on 23 April" tells a peak, not a reopening. A brief's plan ("pencilled in for Tokyo in
// October 2025") is answered by a source's unhedged plan ("will be held in Tokyo in September 2025").
// And a relative aside between a claim's verb and its date is read past ("signed the decision …,
// which covered both Chinese and Indian coil, on 29 July 2024" is a signing), which a saying of an
// earlier act told with no "that" ("said on Monday it had opened an investigation") does not bear out.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a move to a day, a plan against a plan, a day of another moment', () => {
  const r1093 = roundCorpus('../probe-rounds/r1093');
  const r1675 = roundCorpus('../probe-rounds/r1675');
  const r1685 = roundCorpus('../probe-rounds/r1685');
  const r1687 = roundCorpus('../probe-rounds/r1687');
  const r1690 = roundCorpus('../probe-rounds/r1690');

  test('the day a limit was moved to is not set against the day it first stood at', () => {
    assert.deepStrictEqual(r1687.warnings('- Officials then pushed the expiry back, initially to 31 October 2021.'), []);
  });

  // (Round 1708: "The deadline for LRMG's first arrears instalment … was pushed back to 28 February" was
  // warned against a wire's "gave LRMG until January 31 to pay": a limit put back is not contradicted
  // by an earlier limit, the one it was put back from; round 1093's "The higher rates are now deferred
  // to January 1, 2028" is no longer set against "higher rates due in January" 2026.)
  test('a limit put back is not set against an earlier limit', () => {
    assert.deepStrictEqual(r1093.warnings('- The higher rates are now deferred to January 1, 2028.'), []);
  });

  test('a signing day does not keep a publication day from the gazette’s', () => {
    assert.deepStrictEqual(r1687.suggested('- The suspension decree (Decree 408/2021) appeared in the Official Gazette on 19 May 2021.'), ['date-conflict 19 May 2021 -> 2021-05-20']);
  });

  test('a peak after a reopening is a peak', () => {
    assert.deepStrictEqual(r1685.suggested("- The backlog kept growing after the reopening and peaked at about 62 km on 23 April 2025, a record by hauliers' counts."), ['date-conflict 23 April 2025 -> 2025-04-22']);
  });

  test('a plan against the source’s plan', () => {
    assert.deepStrictEqual(r1690.suggested('- The fourth round is pencilled in for Tokyo in October 2025, with working groups meeting online in the interim.'), ['date-conflict October 2025 -> 2025-09']);
    assert.deepStrictEqual(r1675.suggested('- The next ministerial round is pencilled in for Abu Dhabi in October 2025.'), ['date-conflict October 2025 -> 2025-09']);
    assert.deepStrictEqual(r1690.warnings('- The fourth round is pencilled in for Tokyo in September 2025.'), []);
  });

});

suite('check: a saying of an earlier act does not bear out a signing', () => {
  const r1688 = roundCorpus('../probe-rounds/r1688');
  test('the signing is left unsettled, not borne out by the day the opening was told', () => {
    assert.deepStrictEqual(r1688.unsettled('- The Ministry of Industry and Trade signed the decision launching the investigation, which covered both Chinese and Indian coil, on 29 July 2024.'), ['date-unsettled 29 July 2024']);
  });
});
