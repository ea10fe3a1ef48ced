// Round 782 (held out, measured first): "Switzerland's Federal Council sent the agreement to parliament
// on 21 August 2025" (a year off) was not checked against "The cabinet (Federal Council) had
// submitted the agreement to parliament on 21 August 2024": a sentence told in the pluperfect from
// its subject on tells its own act, set back in the story, and answers a brief that tells that act.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a sentence told in the pluperfect', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'bern.txt': [
      'BERN, March 5, 2025 (Wire) - Switzerland’s National Council backed the free trade agreement with India on Wednesday.',
      '',
      'The cabinet (Federal Council) had submitted the agreement to parliament on 21 August 2024.',
    ],
  });

  test('the act told in the pluperfect is checked', () => {
    assert.deepStrictEqual(corpus.warnings("- Switzerland's Federal Council sent the agreement to parliament on 21 August 2025."), ['date-conflict 21 August 2025 -> 2024-08-21']);
  });

  test('and agrees with a brief that has its day', () => {
    assert.deepStrictEqual(corpus.warnings("- Switzerland's Federal Council sent the agreement to parliament on 21 August 2024."), []);
  });
});
