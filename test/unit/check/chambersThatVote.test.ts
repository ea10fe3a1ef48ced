// Round 416: "A week later, on 26 November, MEPs backed the blanket delay by 402 votes to 250"
// (right) was held to "| 19 Nov 2025 | Council mandate | Ambassadors back a one-year delay |": the
// Parliament's vote is not the Council's, nor the Senate's the House's.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = [
  '# The deforestation rules, delayed again',
  '',
  '| Date | Step | What happened |',
  '|---|---|---|',
  '| 23 Sep 2025 | Commission | Proposes a further one-year delay for large operators |',
  '| 19 Nov 2025 | Council mandate | Ambassadors back a one-year delay for all operators |',
];

suite('check: chambers that vote', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('the MEPs’ vote is not dated by the ambassadors’', () => {
    assert.deepStrictEqual(corpus.warnings('- On 26 November, MEPs backed the one-year delay for all operators by 402 votes to 250.'), []);
  });

  test('the ambassadors’ own vote is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- On 18 November, ambassadors backed the one-year delay for all operators.'), ['date-conflict 18 November -> 2025-11-19']);
  });

  // Round 333: "The plenary gave the compromise its final blessing on 2025-09-10" (right) was held to
  // "…; and governments gave the text their final sign-off on Sept. 29": governments are the Council.
  suite('governments are the Council', () => {
    const more = tempCorpus({ 'analysis.md': ['# The rules in a hurry', '', 'MEPs used the urgent procedure and voted their position through on May 22, 2025; negotiators closed a deal in June; and governments gave the text their final sign-off on Sept. 29, 2025.'], ...RATE_NEWS });

    test('the plenary’s vote is not dated by the governments’ sign-off', () => {
      assert.deepStrictEqual(more.warnings('- The plenary gave the compromise text its final sign-off on 2025-09-10.'), []);
    });

    test('the governments’ own sign-off is still checked', () => {
      assert.deepStrictEqual(more.warnings('- Governments gave the text their final sign-off on 2025-09-10.'), ['date-conflict 2025-09-10 -> 2025-09-29']);
    });
  });
});
