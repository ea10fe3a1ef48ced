// Rounds 1417, 1418 and 1419 (held out, measured first).
// (A false warning) "Uganda's agriculture ministry released its latest monthly export figures … on 20
// May 2025" was warned against "Coffee earned Uganda just over US$2 billion in the twelve months to
// April, according to the ministry's latest figures": the month figures cover is not the day they came
// out. "Bahrain's free trade agreement with the United States has been in force since 1 August 2007"
// was left alone against "the Bahrain-United States Free Trade Agreement, signed on 14 September 2004
// and in force since 1 August 2006": the brief writes out the agreement's name in its own words. "The
// North American Olive Oil Association petitioned USTR … on 12 May 2024" was left alone against "The
// North American Olive Oil Association (NAOOA) said it filed its petition … on Monday, May 12": the
// brief spells out the short name, and "petitioned" is "petition".
import * as assert from 'assert';
import { stem } from '../../../src/core/text/terms';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: figures of a period, a name written out', () => {
  const r1417 = roundCorpus('../probe-rounds/r1417');
  const r1418 = roundCorpus('../probe-rounds/r1418');
  const r1419 = roundCorpus('../probe-rounds/r1419');

  test('figures "in the twelve months to April" do not date their release in May', () => {
    assert.deepStrictEqual(r1418.warnings("- Uganda's agriculture ministry released its latest monthly export figures (781,200 bags) on 20 May 2025."), []);
  });

  test('"Bahrain\'s free trade agreement with the United States" is the Bahrain-United States Free Trade Agreement', () => {
    assert.deepStrictEqual(r1417.suggested("- Bahrain's free trade agreement with the United States has been in force since 1 August 2007."), ['date-conflict 1 August 2007 -> 2006-08-01']);
  });

  test('"The North American Olive Oil Association" spells out NAOOA', () => {
    assert.deepStrictEqual(r1419.suggested('- The North American Olive Oil Association petitioned USTR to exclude olive oil from the tariffs on 12 May 2024.'), ['date-conflict 12 May 2024 -> 2025-05-12']);
  });

  test('a verb made of a noun in -ion meets the noun', () => {
    assert.strictEqual(stem('petitioned'), stem('petition'));
    assert.strictEqual(stem('sanctioned'), stem('sanctions'));
  });
});
