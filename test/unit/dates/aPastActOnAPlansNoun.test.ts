// Round 1196 (a wrong suggestion found again in the fortieth session). A wire of Friday 26 September
// 2025 wrote "China's commerce ministry on Thursday launched a trade barrier investigation into
// Mexico's plan to raise tariffs", and "Thursday" was read as the Thursday ahead: "plan to" is a
// noun's here, naming what was investigated, not the tense of the day's own verb.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-09-26' }).map((m) => `${m.text}=${m.value}`);

suite("dates: a past act on a plan's noun", () => {
  test('"on Thursday launched an investigation into Mexico\'s plan to raise tariffs" is the Thursday before', () => {
    assert.deepStrictEqual(values("China's commerce ministry on Thursday launched a trade barrier investigation into Mexico's plan to raise tariffs."), ['Thursday=2025-09-25']);
  });

  test('"on Thursday plans to raise tariffs" still looks ahead', () => {
    assert.deepStrictEqual(values('The ministry on Thursday plans to raise tariffs.'), ['Thursday=2025-10-02']);
  });
});

// Round 1540: "agreed to continue the discussion at a second round, to be held in Tunis in October"
// (a joint statement of June 2025) looks ahead; "was to be held in March" was a plan told in the past.
suite('dates: a meeting "to be held"', () => {
  const at = (text: string) => extractDates(text, { referenceDate: '2025-06-13' }).map((m) => `${m.text}=${m.value}`);

  test('"to be held in Tunis in October" is the October ahead', () => {
    assert.deepStrictEqual(at('They agreed to continue the discussion at a second round, to be held in Tunis in October.'), ['October=2025-10']);
  });

  test('"which was to be held in March" is the March before', () => {
    assert.deepStrictEqual(at('The summit, which was to be held in March, was cancelled.'), ['March=2025-03']);
  });
});
