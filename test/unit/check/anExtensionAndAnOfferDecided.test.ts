// Rounds 1021 and 1023 (held out, measured first; two false warnings).
// - "A July 7 order extended the pause for most partners" was warned against "the United States
//   government issued an executive order adjusting the reciprocal tariff rates" on July 31: a brief's
//   extension is answered only by a source clause that tells one too, or a pause, a delay or a limit
//   ("the extended scheme took effect", an adjective, is no extension; round 791 keeps its warning).
// - "Cabinet signed off on the revised offer in late July" was warned against "handed over a revised
//   offer at the start of August": an offer handed over and a decision on it are two steps.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an extension, and an offer decided', () => {
  const taiwan = roundCorpus('../probe-rounds/r1023');
  const southAfrica = roundCorpus('../probe-rounds/r1021');
  const sriLanka = roundCorpus('../probe-rounds/r791');

  test("an order's extension is not dated by another order's rates", () => {
    assert.deepStrictEqual(taiwan.warnings('- A July 7, 2025 order extended the pause for most partners, Taiwan included.'), []);
  });

  test('"the extended scheme" is no extension', () => {
    assert.deepStrictEqual(sriLanka.warnings('- The extended scheme took effect on 22 November 2023, so there was no gap in coverage.'), ['date-conflict 22 November 2023']);
  });

  test('a decision on an offer is not the day it was handed over', () => {
    assert.deepStrictEqual(southAfrica.warnings('- Cabinet signed off on the revised offer in late July 2025.'), []);
  });
});
