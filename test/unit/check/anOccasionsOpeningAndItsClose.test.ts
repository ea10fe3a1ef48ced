// Round 1528 (held out, measured first). "The fourth PACER Plus Joint Committee got under way in
// Nuku'alofa on Tuesday, 11 March 2025" was warned against the wire's "wrapped up their fourth Joint
// Committee meeting in the Tongan capital on Thursday": the close of the occasion does not date its
// opening. And "The Fiji Kava Council met in Nadi on 15 November 2024" was borne out by "at its
// meeting in Nadi last November", though another source gives the day, Thursday 14 November: a
// close match's day of another event ("took effect on 1 January 2025") no longer keeps that day
// from being found.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite("check: an occasion's opening and its close", () => {
  const r1528 = roundCorpus('../probe-rounds/r1528');

  test('"got under way … on Tuesday" is not dated by "wrapped up … meeting … on Thursday"', () => {
    assert.deepStrictEqual(r1528.warnings("- The fourth PACER Plus Joint Committee got under way in Nuku'alofa on Tuesday, 11 March 2025, with Fiji present as an observer."), []);
  });

  test('"met in Nadi on 15 November 2024" is warned with the day another source gives', () => {
    assert.deepStrictEqual(r1528.suggested('- The Fiji Kava Council met in Nadi on 15 November 2024 and endorsed a revised quality manual.'), ['date-conflict 15 November 2024 -> 2024-11-14']);
  });
});
