// Round 956 (held out, measured first; a false warning). "Trump's meeting with Xi Jinping in Busan
// took place on October 30" was warned against a Canadian release of November 1: "Yesterday, the
// Prime Minister met with the President of the People's Republic of China, Xi Jinping." The page's
// own leader, named by title alone, met Xi; the claim's Trump is not in the sentence at all.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a leader named by title alone', () => {
  // (The round's own sources: the other pages on the Busan week are what make the release the best match.)
  const round = roundCorpus('../probe-rounds/r956');

  test('another leader’s meeting with the same man is not held to it', () => {
    assert.deepStrictEqual(round.warnings("- Trump's meeting with Xi Jinping in Busan took place on October 30."), []);
  });
});

// Round 955 (a false warning). "The ITC's final injury vote is scheduled for January 8, 2026" was taken
// for a year slip of "The ITC … has scheduled a preliminary staff conference for January 8" (2025): a
// case's preliminary and final stages are two steps.
suite('check: a preliminary and a final stage', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'petition.txt': ['WASHINGTON, Dec 18, 2024 - Producers of battery anode material asked for duties on Chinese imports.', '', 'The ITC has scheduled a preliminary staff conference on the injury question for January 8.'],
  });

  test('the final vote is not a year slip of the preliminary conference', () => {
    assert.deepStrictEqual(corpus.warnings("- The ITC's final injury vote is scheduled for January 8, 2026."), []);
  });

  test('the preliminary conference a year off still is', () => {
    assert.deepStrictEqual(corpus.warnings('- The ITC held its preliminary staff conference on the injury question on January 8, 2024.'), ['date-conflict January 8, 2024 -> 2025-01-08']);
  });
});
