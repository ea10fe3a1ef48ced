// AQUAINT: "the boy's relatives said they would look for ways to get around Wednesday's ruling …
// to repatriate the child by Jan. 14", on a Friday's page, was read as next Wednesday: the
// sentence's "would" and "by" looked ahead. A thing named by its day's possessive is named so
// once it has happened (all 17 such days in TimeBank and AQUAINT are on or before the page's day),
// unless the words around it look ahead: "ahead of Friday's vote", "Thursday's talks will".
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: a day’s possessive', () => {
  test('"would look for ways to get around Wednesday’s ruling" is the Wednesday past', () => {
    assert.deepStrictEqual(values('They said they would look for ways to get around Wednesday’s ruling.', '2000-01-07'), ['Wednesday=2000-01-05']);
  });

  test('"ahead of Friday’s vote" is the coming Friday', () => {
    assert.deepStrictEqual(values('Markets braced ahead of Friday’s vote.', '2000-01-05'), ['Friday=2000-01-07']);
  });

  test('"Thursday’s talks will focus on steel" is the coming Thursday', () => {
    assert.deepStrictEqual(values('Thursday’s talks will focus on steel.', '2000-01-07'), ['Thursday=2000-01-13']);
  });
});
