// Round 498. "Foreign Minister Cho Hyun sat down with Secretary of State Rubio in Washington on
// September 11" was set against the day he "flew to Washington on Monday", not the day he "met
// Secretary of State Marco Rubio on Wednesday", in the same sentence: "sat down with" named no kind
// of event, so the sentence's date written with the brief's event word could not be chosen.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: "sat down with" is a meeting', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'return.txt': [
      'Workers detained in Georgia fly home',
      '',
      'Published: 2025-09-12 17:05 KST',
      '',
      'Foreign Minister Cho Hyun, who flew to Washington on Monday to negotiate the release, met Secretary of State Marco Rubio on Wednesday.',
    ],
  });

  test('the meeting put a day late is set against the meeting\'s day', () => {
    assert.deepStrictEqual(corpus.warnings('Foreign Minister Cho Hyun sat down with Secretary of State Rubio in Washington on September 11, 2025.'), ['date-conflict September 11, 2025 -> 2025-09-10']);
  });
});
