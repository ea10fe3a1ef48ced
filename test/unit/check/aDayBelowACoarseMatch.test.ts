// Rounds 1253-1258's misses led here, and the earlier rounds the rule reached. A coarse match that
// holds the brief's day ("in mid-July", "in April") answers a day only as much as the firm day inside
// it does; that day was looked for only among the close matches. A firm day further down, covering
// the claim well enough by itself, answers in the coarse match's place when no close one does:
// "USTR … today initiated a Section 301 investigation" on a release of 15 July 2025, against a
// brief's "July 18, 2025".
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

const BRAZIL = '- USTR formally opened its Section 301 investigation of Brazil on July 18, 2025.';
const PROBE = '- The Commerce Department opened its Section 232 investigation into pharmaceutical imports on 16 April 2025.';

suite('check: a day below a coarse match', () => {
  const brazil = roundCorpus('../probe-rounds/r898');
  const probe = roundCorpus('../probe-rounds/r766');

  test('the firm day inside the coarse match answers', () => {
    assert.deepStrictEqual(brazil.suggested(BRAZIL), ['date-conflict July 18, 2025 -> 2025-07-15']);
    assert.deepStrictEqual(probe.suggested(PROBE), ['date-conflict 16 April 2025 -> 2025-04-01']);
  });
});
