// "the minerals framework that Carney and Albanese agreed last week", in a wire of Sunday, September
// 14: the ISO week before (1-7 September) is its TIMEX3 value, but many writers count the week from
// Sunday, so the seven days to Saturday the 13th are as likely. Its reach holds both: a brief's
// "September 12" is not contradicted.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const week = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.value} ${m.from}..${m.to}`);

suite('dates: a week counted from a Sunday', () => {
  test('"last week", "this week", "next week" on a Sunday keep their ISO values and reach to the Saturday after', () => {
    assert.deepStrictEqual(week('They agreed last week, talk this week and sign next week.', '2025-09-14'), ['2025-W36 2025-09-01..2025-09-13', '2025-W37 2025-09-08..2025-09-20', '2025-W38 2025-09-15..2025-09-27']);
  });

  test('on any other day a week is its ISO week', () => {
    assert.deepStrictEqual(week('They agreed last week.', '2025-09-12'), ['2025-W36 2025-09-01..2025-09-07']);
  });
});
