// Round 244. "Goyal came to London for a final round beginning on April 28", in a story of late July,
// is the April just gone: "to London" is a place he went to, not a plan still ahead ("were asked to
// file their papers starting on April 28" is one).
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string, pick: RegExp) =>
  extractDates(text, { referenceDate: ref }).filter((m) => pick.test(m.text)).map((m) => `${m.text}=${m.value}`);

suite('dates: a round beginning on a day, after a journey to a place', () => {
  test('"came to London for a final round beginning on April 28" is in the past', () => {
    assert.deepStrictEqual(values('The minister came to London for a final round beginning on April 28, and the deal was closed soon after.', '2025-07-29', /April/), ['April 28=2025-04-28']);
  });

  test('"came to the capital for talks beginning on April 28" is in the past too', () => {
    assert.deepStrictEqual(values('The minister came to the capital for talks beginning on April 28.', '2025-07-29', /April/), ['April 28=2025-04-28']);
  });

  test('"were told to file their papers starting on April 28" still looks ahead of the telling', () => {
    assert.deepStrictEqual(values('Exporters were told to file their papers starting on April 28.', '2025-07-29', /April/), ['April 28=2026-04-28']);
  });
});
