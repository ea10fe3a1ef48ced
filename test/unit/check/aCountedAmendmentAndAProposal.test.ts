// Rounds 845 and 849 (held out, measured first; both false warnings of their first reading).
// "The second amendment was published in the Official Journal on 23 December 2025" was held, as a
// year slip, to "The first amendment … was published in the Official Journal on 23 December 2024":
// a count of amendments sets them apart, in a year slip as in any match. "A separate proposal for a
// safeguard regulation … followed on 8 October 2025" was held to "Parliament approved a separate
// regulation on agricultural safeguards in December": a proposal and a body's decision on it are
// two steps.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a counted amendment and a proposal', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'adoption.txt': [
      'BRUSSELS, Dec 18, 2025 (Wire) - EU governments gave final approval on Thursday to a second delay of the deforestation law.',
      '',
      'The first amendment, agreed on 3 December 2024 and approved by Parliament on 17 December 2024, was published in the Official Journal on 23 December 2024 and entered into force on 26 December 2024.',
    ],
    'mercosur.txt': [
      'ASUNCION, Dec 20, 2025 (Wire) - Leaders signed the trade agreement on Saturday.',
      '',
      'Parliament approved a separate regulation on agricultural safeguards in December, and the Commission said it would apply it swiftly.',
    ],
  });

  test('the second amendment is no year slip of the first', () => {
    assert.deepStrictEqual(corpus.warnings('- The second amendment was published in the Official Journal on 23 December 2025.'), []);
  });

  test('the first amendment a year off still is', () => {
    assert.deepStrictEqual(corpus.warnings('- The first amendment was published in the Official Journal on 23 December 2023.'), ['date-conflict 23 December 2023 -> 2024-12-23']);
  });

  test('a proposal is not dated by the approval', () => {
    assert.deepStrictEqual(corpus.warnings('- A separate proposal for a regulation on agricultural safeguards followed on 8 October 2025.'), []);
  });

  test('the approval still is', () => {
    assert.deepStrictEqual(corpus.warnings('- Parliament approved the separate regulation on agricultural safeguards in November 2025.'), ['date-conflict November 2025 -> 2025-12']);
  });
});
