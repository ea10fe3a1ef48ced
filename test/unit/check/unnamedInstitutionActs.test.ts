// Round 348: a Thai press release's "The Ministry also summoned the Chargé d'affaires of the Royal
// Embassy of Cambodia in Bangkok today to lodge a formal protest" was held against "Cambodia's
// foreign ministry lodged a complaint … on 14 November": the ministry that acts is the page's own;
// Cambodia, named only after its verb, is the one acted on.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: an institution named by its kind alone is the page’s own', () => {
  const corpus = tempCorpus({
    'release.txt': [
      'Press release',
      'Ministry of Foreign Affairs of the Kingdom of Thailand',
      '11 November 2025',
      '',
      'Thailand has suspended its part of the peace declaration after a landmine injured two soldiers on the border.',
      "The Ministry also summoned the Chargé d'affaires a.i. of the Royal Embassy of Cambodia in Bangkok today to lodge a formal protest.",
    ],
    ...RATE_NEWS,
  });

  test('Cambodia’s own complaint is not dated by the protest lodged with its envoy', () => {
    assert.deepStrictEqual(corpus.warnings("Cambodia's foreign ministry lodged a formal protest with the ASEAN secretariat on 14 November 2025."), []);
  });

  test('the protest itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("Thailand's foreign ministry summoned the Chargé d'affaires of the Royal Embassy of Cambodia in Bangkok to lodge a formal protest on 12 November 2025."), ['date-conflict 12 November 2025 -> 2025-11-11']);
  });
});
