// Round 407 (and six earlier rounds): "The Knesset Finance Committee signed off on the tariff order
// on April 15, 2025" was read as a signing, which a source's "| April 14, 2025 | Knesset Finance
// Committee approves the order |" (an approval) does not date. To sign off on something is to
// approve it.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = [
  '# Israel and the US tariffs: a timeline',
  '',
  '| Date | Step | Who |',
  '|---|---|---|',
  '| April 1, 2025 | Israel signs an order removing its last duties on US goods | Finance Ministry |',
  '| April 14, 2025 | Knesset Finance Committee approves the order | Knesset |',
];

suite('check: signing off is approving', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('"signed off on the order" on another day than the approval is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- The Knesset Finance Committee signed off on the tariff order on April 15, 2025.'), ['date-conflict April 15, 2025 -> 2025-04-14']);
  });

  test('on the approval’s day it is borne out', () => {
    assert.deepStrictEqual(corpus.warnings('- The Knesset Finance Committee signed off on the tariff order on April 14, 2025.'), []);
  });
});
