// Round 993 (held out): a page published on Thursday 11 December 2025 wrote "Mexico's Chamber of
// Deputies late on Wednesday approved a bill that will raise import tariffs", and "Wednesday" was
// read as the coming one (17 December) because the sentence goes on to "will". The date's own verb
// is past; the future is a relative clause's, about the bill.
// Round 791 (kept): "Colombo has been asked to send … a report on the commitments it made during the
// visit by the end of June" was read as the June before, by the relative clause's "made".
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, referenceDate: string) => extractDates(text, { referenceDate }).map((m) => `${m.text}=${m.value}`);

suite('dates: a past act before a future relative clause', () => {
  test('"on Wednesday approved a bill that will raise" is the Wednesday before', () => {
    assert.deepStrictEqual(values("Mexico's Chamber of Deputies late on Wednesday approved a bill that will raise import tariffs.", '2025-12-11'), ['Wednesday=2025-12-10']);
  });

  test('a plan told after the date still looks ahead', () => {
    assert.deepStrictEqual(values('The chamber on Wednesday will vote on a bill that raises tariffs.', '2025-12-11'), ['Wednesday=2025-12-17']);
  });

  test('what someone was asked to do by a day is ahead of the asking', () => {
    assert.deepStrictEqual(
      values('Colombo has been asked to send Brussels a written progress report on the commitments it made during the visit by the end of June.', '2024-03-16'),
      ['the end of June=2024-06'],
    );
  });
});
