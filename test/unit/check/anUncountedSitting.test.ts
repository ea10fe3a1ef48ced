// Round 1438 (held out, measured first; a false warning). "A second formal negotiating round was held
// in Washington on 17 June 2025" was warned against "the kingdom had offered to expand purchases …
// during talks held in Washington in April and in subsequent exchanges": talks the source does not
// count may be the first round, not the second.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an uncounted sitting', () => {
  const r1438 = roundCorpus('../probe-rounds/r1438');
  const r1326 = roundCorpus('../probe-rounds/r1326');

  test('"talks held in Washington in April" do not date a second round', () => {
    assert.deepStrictEqual(r1438.warnings('- A second formal negotiating round was held in Washington on 17 June 2025.'), []);
  });

  test('a round counted only after the date is not the dated event', () => {
    assert.deepStrictEqual(r1326.suggested('- Miano met USTR Katherine Tai at the AGOA Forum in Johannesburg on Friday, November 3, 2023, and agreed the date of the third round.'), ['date-conflict Friday, November 3, 2023 -> 2023-11-02']);
  });
});

// Round 1474 (held out, measured first; a false warning). "Akazawa's fifth trip to Washington came in
// early June" was warned against "Akazawa, who arrived in Washington on Tuesday for what he described as
// a visit to make sure the July agreement was implemented faithfully": a trip is counted as a visit is,
// and an uncounted one may be any of them.
suite('check: an uncounted trip', () => {
  const r1474 = roundCorpus('../probe-rounds/r1474');

  test('"arrived in Washington on Tuesday for … a visit" does not date a fifth trip', () => {
    assert.deepStrictEqual(r1474.warnings("- Akazawa's fifth trip to Washington came in early June."), []);
  });
});
