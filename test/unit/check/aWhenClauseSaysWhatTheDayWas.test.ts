// Round 909 (held out, measured first; a miss). "Importers began posting cash deposits at the 20.56%
// rate on July 25, when the final notice was published in the Federal Register" was never held to
// the notice's publication on July 29: the same source's "The department had announced the new rate
// on July 25, but it could not be applied until the notice appeared" read as agreeing. A "when"
// clause right after the brief's date says what the day was: here a publication, which only a
// source's publication day answers.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a "when" clause says what the day was', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'ottawa.txt': [
      'OTTAWA, Aug 1, 2025 (Wire) - Canadian mills began paying higher deposits on lumber this week.',
      '',
      "The U.S. Commerce Department's final results of its sixth review of softwood lumber duties were published in the Federal Register on July 29, setting a 20.56% rate.",
      'The department had announced the new rate on July 25, but it could not be applied to imports until the notice appeared in the official journal.',
    ],
  });

  test('the publication day the brief names against the source’s', () => {
    assert.deepStrictEqual(corpus.warnings('- Importers began posting cash deposits at the 20.56% rate on July 25, 2025, when the final notice was published in the Federal Register.'), ['date-conflict July 25, 2025 -> 2025-07-29']);
  });

  test('the announcement on its own day is no conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- The Commerce Department announced the 20.56% rate on July 25, 2025.'), []);
  });
});
