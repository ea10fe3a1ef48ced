// Rounds 1750, 1751, 1755, 1756 and 1757 (held out, measured first; one false warning, four missed),
// and round 1692, met on the way. "by video link" is how an airport was opened, not a call; "formally
// opened negotiations on Tuesday" tells the talks' start; what "have cleared port without re-testing
// since 1 October" is a state and its start, not a bound; "slipped well past the original target and
// finally took place … on 6 September" gives the day it happened, not the target; a press release is a
// saying, which an entry into force it announced does not date; and "followed" is no act two
// sentences share. Round 1767 (a false warning): "beginning at 00:00 hours on Tuesday, 22 April
// 2025" tells the blockade's start, which does not date the communiqué that called it.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a manner, a state since, and what happened in the end', () => {
  const r1750 = roundCorpus('../probe-rounds/r1750');
  const r1751 = roundCorpus('../probe-rounds/r1751');
  const r1755 = roundCorpus('../probe-rounds/r1755');
  const r1756 = roundCorpus('../probe-rounds/r1756');
  const r1757 = roundCorpus('../probe-rounds/r1757');
  const r1692 = roundCorpus('../probe-rounds/r1692');
  const r1767 = roundCorpus('../probe-rounds/r1767');

  test('opened "by video link" is an opening, not a call', () => {
    assert.deepStrictEqual(r1750.suggested('- Shehbaz Sharif and Li Qiang opened the airport by video link from Islamabad on 15 October 2024 instead of travelling to Balochistan.'), ['date-conflict 15 October 2024 -> 2024-10-14']);
  });

  test('"formally opened negotiations on Tuesday" dates the opening of talks', () => {
    assert.deepStrictEqual(r1751.suggested("- Hanoi and Abu Dhabi formally opened CEPA negotiations on 16 May 2022, with Vietnam's trade minister hoping for a deal within about a year."), ['date-conflict 16 May 2022 -> 2023-05-16']);
  });

  test('"have cleared port … since" is a start, not a bound', () => {
    assert.deepStrictEqual(r1755.warnings('- Certified consignments to Egypt have cleared port without re-testing since 1 October 2024.'), ['date-conflict 1 October 2024']);
  });

  test('"finally took place" after "the original target" is the day it happened', () => {
    assert.deepStrictEqual(r1757.suggested('- Signature slipped well past the original target and finally took place in Jakarta on 6 September 2023, on the margins of the ASEAN summit.'), ['date-conflict 6 September 2023 -> 2023-09-07']);
  });

  test('a press release is not dated by the entry into force it announced', () => {
    assert.deepStrictEqual(r1756.warnings('- The Ministry of Commerce set out the practical arrangements for exporters in a press release on Thursday, 22 August 2024.'), []);
  });

  test('"followed" is no act a brief shares with a source', () => {
    assert.deepStrictEqual(r1692.warnings('- A far more serious rupture followed on 12 October 2025, when the crossing was shut after overnight attacks on Pakistani border posts and Pakistani retaliation.'), []);
  });

  test('"beginning at 00:00 hours on Tuesday" is a start, not the day the call went out', () => {
    assert.deepStrictEqual(r1767.warnings("- The federation's communiqué calling for a 72-hour blockade of the Uyuni-Potosí highway was issued on 14 April 2025."), []);
  });
});
