// Rounds 1356 and 1366 (held out, measured first).
// "China's GACC approved Chancay as an exit port for fresh blueberries on 19 July 2025" was left alone
// against "The General Administration of Customs of China (GACC) on Aug. 19 added Chancay …": a body
// whose own name names one government acts for it. "The upgraded agreement entered into force on 18
// July 2025" was left alone against "PROTOCOL UPGRADING THE PERU-CHINA FREE TRADE AGREEMENT WILL
// ENTER INTO FORCE ON 1 AUGUST 2025": an agreement's set entry into force is as firm as a measure's.
// And (a false warning) "technical teams met on August 21, after a two-day postponement" was warned
// against a meeting that "has been scheduled for 19 August 2025": a standing plan may move.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a body named with its country, a protocol’s start and a standing plan', () => {
  const r1356 = roundCorpus('../probe-rounds/r1356');
  const r1366 = roundCorpus('../probe-rounds/r1366');

  test('"the General Administration of Customs of China" is China acting', () => {
    assert.deepStrictEqual(r1356.suggested("- China's GACC approved Chancay as an exit port for fresh blueberries on 19 July 2025."), ['date-conflict 19 July 2025 -> 2025-08-19']);
  });

  test('an agreement that "will enter into force on 1 August 2025" dates its start', () => {
    assert.deepStrictEqual(r1356.suggested('- The upgraded agreement entered into force on 18 July 2025, and new certificate-of-origin formats now apply.'), ['date-conflict 18 July 2025 -> 2025-08-01']);
  });

  test('"has been scheduled for 19 August" does not contradict a meeting held later', () => {
    assert.deepStrictEqual(r1366.warnings('- Peruvian and USTR technical teams met on August 21, after a two-day postponement.'), []);
  });
});
