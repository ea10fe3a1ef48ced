// Round 947 (held out, measured first; a false warning). "Beijing opened facility re-registration to
// Japanese exporters on 30 June" was warned against "Beijing, which began accepting re-registration
// applications from Japanese processors on July 1", though another source says "The GACC said it had
// opened its registration system to Japanese applicants on June 30, 2025": the sources disagree, and a
// warning takes a side. That source shared only two words by the stemmer ("registration" is not
// "re-registration"), and its kind (a statement) was not the other's (an announcement). A word done
// again counts as the word, and when the claim names no kind, sayings are of one kind.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: two sources on the opening day', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'tokyo.txt': [
      'TOKYO, Nov 6, 2025 (Wire) - The first Japanese seafood for China in two years left port.',
      '',
      'Beijing, which began accepting re-registration applications from Japanese processors on July 1, had approved only a handful of plants by late October.',
    ],
    'beijing.txt': ['BEIJING, July 2, 2025 (Wire) - China took a step towards resuming Japanese seafood imports.', '', 'The customs agency said it had opened its registration system to Japanese applicants on June 30, 2025.'],
  });

  test('the brief’s day, which one source gives, is not warned against the other’s', () => {
    assert.deepStrictEqual(corpus.warnings('- Beijing opened facility re-registration to Japanese exporters on 30 June.'), []);
  });

  test('a day neither gives still warns', () => {
    assert.strictEqual(corpus.warnings('- Beijing opened facility re-registration to Japanese exporters on 30 May.').length, 1);
  });
});
