// Round 334: "The first attempt to end the exemption for Chinese goods was rolled back within days,
// on Feb. 7, 2025" was held to "A first attempt … took effect on Feb. 4, but the White House backed
// off three days later, on Feb. 7": the undoing was looked for in the whole sentence, where the
// 7th's clause gave it, so the 4th (a start) was taken to tell it too. The undoing is looked for in
// the date's own clause; and "rolled back", "backed off" are undoings.
// Round 364 likewise: "the battery licensing rules were shelved on 2025-11-07" against the
// controls' unveiling "on Oct. 9" in a sentence that told the suspension "on Nov. 7".
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: an undoing told in another clause of the sentence', () => {
  const corpus = tempCorpus({
    'parcels.txt': [
      'Parcel exemption ends for all',
      'WASHINGTON, July 30, 2025 -',
      'The White House has now ended the duty-free treatment of low-value parcels from every country.',
      'A first attempt to end it for Chinese parcels took effect on Feb. 4, but the White House backed off three days later, on Feb. 7, after carriers warned of chaos.',
    ],
    ...RATE_NEWS,
  });

  test('the rollback is not dated by the start in the clause before it', () => {
    assert.deepStrictEqual(corpus.warnings('- The first attempt to end duty-free treatment for Chinese parcels was rolled back within days, on Feb. 7, 2025.'), []);
  });

  test('the start is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The first attempt to end duty-free treatment for Chinese parcels took effect on Feb. 6, 2025.'), ['date-conflict Feb. 6, 2025 -> 2025-02-04']);
  });
});
