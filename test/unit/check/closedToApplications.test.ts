// Round 394: "NZTE's Export Diversification Fund began taking applications on 1 September 2025" was
// held to "… closed to applications on Oct. 31 after two months": "closed to applications on" is an
// end, which does not date a start.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: "closed to applications on"', () => {
  const corpus = tempCorpus({
    'fund.txt': ['Fund draws exporters', 'WELLINGTON, November 20, 2025 -', "NZTE's Export Diversification Fund closed to applications on Oct. 31 after two months, with 412 received."],
    ...RATE_NEWS,
  });

  test('is an end, which does not date the opening', () => {
    assert.deepStrictEqual(corpus.warnings("- NZTE's Export Diversification Fund began taking applications on 1 September 2025."), []);
  });

  test('and still dates a brief’s end', () => {
    assert.deepStrictEqual(corpus.warnings("- NZTE's Export Diversification Fund closed to applications on 30 October 2025."), ['date-conflict 30 October 2025 -> 2025-10-31']);
  });
});
