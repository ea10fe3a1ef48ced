// Round 1297 (held out, measured first; a false warning). "The federation plans to send a delegation
// to Brussels in mid-February" was warned against "At a meeting of the Federation of Indian Steel
// Exporters in Mumbai on Monday": the body's name had swallowed "in Mumbai", and a delegation sent "to"
// a city was no venue. Where a journey goes is where it happens.
// Round 1298 (held out; a false warning). "Hyundai raised its planned US investment to $26bn on 24
// August 2025, on the eve of the summit" was warned against "The first White House summit … on Aug. 25":
// the eve of an occasion is not its day, so the occasion's words are not the date's.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a journey’s destination and the eve of an occasion', () => {
  const r1297 = roundCorpus('../probe-rounds/r1297');
  const r1298 = roundCorpus('../probe-rounds/r1298');

  test('a delegation to Brussels is not a meeting in Mumbai', () => {
    assert.deepStrictEqual(r1297.warnings('- The federation plans to send a delegation to Brussels in mid-February.'), []);
  });

  test('the eve of the summit is not the summit’s day', () => {
    assert.deepStrictEqual(r1298.warnings('- Hyundai raised its planned US investment to $26bn on 24 August 2025, on the eve of the summit.'), []);
  });
});
