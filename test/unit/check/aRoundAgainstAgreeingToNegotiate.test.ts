// Round 640 (held out, measured first). "The first formal EU–US negotiating round on minerals was held in
// mid-April 2023" was told the sources date it to March 10: "Biden and von der Leyen agreed on Friday
// to begin negotiating a critical minerals agreement". Agreeing to begin negotiating is the talks'
// launch, which does not date a round; and "first formal EU–US negotiating round" is a round, though
// three words (one with an en dash) stand between "first" and "round".
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a round against agreeing to begin negotiating', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'minerals.txt': ['Leaders agree to minerals talks', '', 'WASHINGTON, March 10, 2025 (Wire) - The U.S. president and the European Commission president agreed on Monday to begin negotiating a critical minerals agreement.'],
  });

  test('the first formal round is not dated by the agreement to begin', () => {
    assert.deepStrictEqual(corpus.warnings('The first formal EU–US negotiating round on the critical minerals agreement was held in mid-April 2025.'), []);
  });

  test('the agreement to begin still is', () => {
    assert.deepStrictEqual(corpus.warnings('The two presidents agreed to begin negotiating a critical minerals agreement on March 17, 2025.'), ['date-conflict March 17, 2025 -> 2025-03-10']);
  });
});
