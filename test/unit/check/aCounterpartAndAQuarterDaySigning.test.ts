// Round 1038 (held out, measured first; a false warning and a miss).
// - "Santiago held technical talks with US trade officials in the week of July 14" was warned against
//   "the second round of talks, held in Santiago from Aug 11 to 15" in a story of India–Chile talks:
//   the brief's counterpart is named neither in the source's sentence nor in its headline, and another
//   country is ("the US deals with Malaysia" names no counterpart: round 929 keeps its warning).
// - "Chile and India signed the terms of reference for a CEPA on 1 April 2024" against "signed in New
//   Delhi on 1 April 2025": a quarter's first day leaves a measure's start alone, not a signing.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a counterpart, and a signing on a quarter day', () => {
  const chile = roundCorpus('../probe-rounds/r1038');
  const asean = roundCorpus('../probe-rounds/r929');

  test('talks with a counterpart the source does not name are another encounter', () => {
    assert.deepStrictEqual(chile.warnings('- Santiago held technical talks with US trade officials in the week of July 14, 2025.'), []);
  });

  test('a thing "with" a country is no counterpart', () => {
    assert.deepStrictEqual(asean.warnings("- China's commerce ministry criticised the US deals with Malaysia and Cambodia on Thursday, October 30, 2025."), ['date-conflict Thursday, October 30, 2025']);
  });

  test("a signing's year slip on a quarter's first day is warned", () => {
    assert.deepStrictEqual(chile.warnings("- Chile and India signed the terms of reference for a CEPA on 1 April 2024, during President Boric's state visit to New Delhi."), ['date-conflict 1 April 2024']);
  });
});
