// Round 1095 (held out, measured first; two false warnings). "BRUSSELS, Feb 12, 2026 - European
// Union governments on Wednesday approved the bloc's negotiating position for next month's WTO
// ministerial" read "Wednesday" as the coming one (18 February) because of "next month's", which only
// names what the position was for; the date's own verb is past. And "he aimed to circulate a revised
// draft text by mid-December", in a page of 23 October 2025, was put in December 2024: "revised",
// an adjective after "a", was read as the clause's past verb.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, referenceDate: string) => extractDates(text, { referenceDate }).map((m) => `${m.text}=${m.value}`);

suite('dates: a noun\'s future and an -ed adjective', () => {
  test('"on Wednesday approved … for next month\'s ministerial" is the Wednesday before', () => {
    assert.deepStrictEqual(values("EU governments on Wednesday approved the bloc's negotiating position for next month's ministerial conference.", '2026-02-12').slice(0, 1), ['Wednesday=2026-02-11']);
  });

  test('a verb that looks ahead still does', () => {
    assert.deepStrictEqual(values('EU governments on Wednesday will approve the position for the ministerial conference.', '2026-02-12'), ['Wednesday=2026-02-18']);
  });

  test('"would circulate a revised draft text by mid-December" is the coming December', () => {
    assert.deepStrictEqual(values('The chair said he would circulate a revised draft text by mid-December.', '2025-10-23'), ['mid-December=2025-12']);
  });

  test('a past verb before the limit still reads it as past', () => {
    assert.deepStrictEqual(values('The chair circulated the revised text by mid-December.', '2026-01-20'), ['mid-December=2025-12']);
  });
});
