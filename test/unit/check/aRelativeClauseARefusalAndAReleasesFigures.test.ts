// Rounds 1679–1684 (held out, measured first). A relative clause opened by "that" between two dates
// is the later date's: "The document signed on Friday is the same text that technical teams …
// initialed on June 18" (a false warning: the initialing was set against the signing's Friday).
// "ruled out reopening raw bauxite exports in March 2023" tells a refusal, not a reopening, so a
// source's refusal answers it ("ruled out any return to raw bauxite exports"). "The July figures,
// released on 15 August 2023, recorded no exports": what a release showed came out that day.
// "wishes to inform that on Wednesday, 17 August 2022, the General Administration of Customs …
// published the list": who acted on the day follows "that" and the date. And a match that tells
// the brief's act as the brief does, nearly as close as the best and on the very same day, answers
// when the best tells a moment the brief does not name.
import * as assert from 'assert';
import { dateClause } from '../helpers/dateClause';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a relative clause, a refusal, what a release showed, a subject after "that"', () => {
  const r1342 = roundCorpus('../probe-rounds/r1342');
  const r1610 = roundCorpus('../probe-rounds/r1610');
  const r1679 = roundCorpus('../probe-rounds/r1679');
  const r1680 = roundCorpus('../probe-rounds/r1680');
  const r1681 = roundCorpus('../probe-rounds/r1681');
  const r1684 = roundCorpus('../probe-rounds/r1684');

  test('a relative clause with "that" between two dates is the later date’s', () => {
    const text = 'The document signed on Friday is the same text that technical teams from both countries initialed on June 18 after several rounds of talks.';
    assert.strictEqual(dateClause(text, '2025-06-27', 0), 'The document signed on Friday is the same text');
    assert.ok(dateClause(text, '2025-06-27', 1).startsWith(' that technical teams'));
  });

  test('but not one right after the earlier date’s noun, nor what a saying said', () => {
    assert.deepStrictEqual(r1610.suggested('- Under the executive order, the 20% rate applied to Bangladeshi goods from 1 August 2025.'), ['date-conflict 1 August 2025 -> 2025-08-07']);
    assert.deepStrictEqual(r1342.suggested('- Hongkong Post stopped accepting goods-bearing mail for the US on May 27, 2025, rather than collect the new charges.'), ['date-conflict May 27, 2025 -> 2025-04-27']);
  });

  test('what a release of figures showed is the release day’s', () => {
    assert.strictEqual(dateClause('The July figures, released on 15 August 2023, recorded no exports of bauxite ore at all.', '2023-09-01', 1), 'The July figures, released on 15 August 2023, recorded no exports of bauxite ore at all.');
  });


  test('the initialing is not dated by the signing', () => {
    assert.deepStrictEqual(r1679.warnings('- Technical teams initialed the final text on June 18, and the ministers later signed it without amendment.'), []);
  });

  test('a refusal to reopen is answered by the source’s refusal', () => {
    assert.deepStrictEqual(r1681.suggested('- The energy ministry publicly ruled out reopening raw bauxite exports in March 2023.'), ['date-conflict March 2023 -> 2024-03-05']);
  });

  test('the customs body that published the list acted on the notice’s day', () => {
    assert.deepStrictEqual(r1680.suggested("- Beijing's customs administration cleared the first 51 packing houses and 293 growing-area codes on 19 August 2022."), ['date-conflict 19 August 2022 -> 2022-08-17']);
  });

  test('a match told as the brief tells it, on the best match’s day, answers', () => {
    assert.deepStrictEqual(r1684.suggested('- Registered Tanzanian exporters could first obtain permits at the border posts on 9 May 2025.'), ['date-conflict 9 May 2025 -> 2025-05-12']);
    assert.deepStrictEqual(r1684.warnings('- Registered Tanzanian exporters could first obtain permits at the border posts on 12 May 2025.'), []);
  });
});
