// Rounds 1524, 1525 and 1526 (held out, measured first). "The floor ceased to apply on 2 January
// 2024" was warned against "Since March, export offers … have hovered": "ceased to" tells an end,
// which a state's start does not date. "Debswana's pause of processing … took effect on 2 July 2025"
// was borne out by "a notice issued on 2 July", though the notice itself says processing "will be
// temporarily paused from Monday, 14 July 2025": a stop set from a day is a schedule, firm as a
// measure's start. And "Longtu was given until 17 June 2025 to make written representations" went
// unwarned against "by no later than 17 May 2025", read as a negation ("no").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an end, a stop set from a day, and a limit', () => {
  const r1524 = roundCorpus('../probe-rounds/r1524');
  const r1525 = roundCorpus('../probe-rounds/r1525');
  const r1526 = roundCorpus('../probe-rounds/r1526');

  test('"ceased to apply on 2 January 2024" is not dated by "Since March, … have hovered"', () => {
    assert.deepStrictEqual(r1524.warnings('- The floor ceased to apply on 2 January 2024, leaving export prices to be negotiated freely.'), []);
  });

  test('"will be temporarily paused from Monday, 14 July 2025" dates the pause', () => {
    assert.deepStrictEqual(r1525.suggested("- Debswana's pause of processing at Jwaneng and Orapa took effect on 2 July 2025."), ['date-conflict 2 July 2025 -> 2025-07-14']);
  });

  test('"by no later than 17 May 2025" is a limit, not a negation', () => {
    assert.deepStrictEqual(r1526.suggested('- Longtu was given until 17 June 2025 to make written representations against the suspension.'), ['date-conflict 17 June 2025 -> 2025-05-17']);
  });
});
