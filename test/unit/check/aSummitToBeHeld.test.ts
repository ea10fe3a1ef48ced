// Round 810 (held out, measured first): "Legal scrubbing of the text was completed in August 2025"
// (the sources do not say) was flagged against "The two sides agreed to complete legal scrubbing …
// in the coming months, … with a view to signing the upgrade protocol at the ASEAN-China Summit to be
// held in Kuala Lumpur in October 2025": a summit "to be held", a step taken "with a view to" another,
// is a plan, and a plan's date is not held against a brief.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a summit to be held is a plan', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'readout.txt': [
      'Ministry of Commerce readout',
      'Published 28 October 2024',
      '',
      'The two sides agreed to complete legal scrubbing and translation of the text in the coming months, with a view to signing the upgrade protocol at the ASEAN-China Summit to be held in Kuala Lumpur in October 2025.',
    ],
  });

  test('a step before the planned summit is not dated by it', () => {
    assert.deepStrictEqual(corpus.warnings('- Legal scrubbing of the text was completed in August 2025.'), []);
  });

  test('nor is the signing itself held to the plan', () => {
    assert.deepStrictEqual(corpus.warnings('- The upgrade protocol was signed at the ASEAN-China Summit in Kuala Lumpur in November 2025.'), []);
  });
});
