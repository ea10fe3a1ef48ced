// Round 637 (held out, measured first). "Japan's METI locked in its 23-item equipment list on May 23,
// 2023" was told the sources date it to July 23: "… shortly before Japan's own chip equipment curbs
// take effect on July 23". A start does not date a decision, and "locked in" and "finalised" tell a
// decision as "approved" and "adopted" do.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a list finalised is no start', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'curbs.txt': ['Beijing curbs metals exports', '', 'Published: 2025-07-04 09:00', '', 'Analysts said the timing, shortly before Japan’s own chip equipment curbs take effect on July 23, sent a clear signal.'],
  });

  test('"locked in its equipment list on May 23" is not dated by the curbs’ start', () => {
    assert.deepStrictEqual(corpus.warnings('Japan locked in its chip equipment curbs list on May 23, 2025.'), []);
  });

  test('"finalised" neither', () => {
    assert.deepStrictEqual(corpus.warnings('Japan finalised its chip equipment curbs on May 23, 2025.'), []);
  });

  test('a brief that tells the start is', () => {
    assert.deepStrictEqual(corpus.warnings('Japan’s chip equipment curbs took effect on July 25, 2025.'), ['date-conflict July 25, 2025 -> 2025-07-23']);
  });
});
