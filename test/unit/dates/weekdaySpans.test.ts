// "The talks ran from Monday to Friday", on a Wednesday's page, ended on the Friday of the same
// week, not on the Friday before the Monday: each weekday was read on its own, and the past tense
// sent both back. The second weekday of a span or pair ("to", "through", "until", "-", "and",
// "or") now falls on or after the first.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: a span of weekdays', () => {
  test('"ran from Monday to Friday" on Wednesday, June 11 is June 9 to June 13', () => {
    assert.deepStrictEqual(values('The talks ran from Monday to Friday.', '2025-06-11'), ['Monday=2025-06-09', 'Friday=2025-06-13']);
  });

  test('"ran Tuesday through Thursday" is June 10 to June 12', () => {
    assert.deepStrictEqual(values('The meeting ran Tuesday through Thursday.', '2025-06-11'), ['Tuesday=2025-06-10', 'Thursday=2025-06-12']);
  });

  test('"will run from Tuesday through Thursday" is next week\'s', () => {
    assert.deepStrictEqual(values('Talks will run from Tuesday through Thursday.', '2025-06-11'), ['Tuesday=2025-06-17', 'Thursday=2025-06-19']);
  });

  test('weekdays apart keep their own tense: "met on Monday and will meet again on Friday"', () => {
    assert.deepStrictEqual(values('They met on Monday and will meet again on Friday.', '2025-06-11'), ['Monday=2025-06-09', 'Friday=2025-06-13']);
  });

  // TimeBank: "statements made Friday and Thursday", on a Friday's page, were the day itself and the
  // day before; the pair rule sent Thursday to the week ahead.
  test('a list of past days stays in the past: "made Friday and Thursday" on a Friday', () => {
    assert.deepStrictEqual(values('Following are statements made Friday and Thursday by his lawyer.', '1998-02-06'), ['Friday=1998-02-06', 'Thursday=1998-02-05']);
  });
});
