// Round 137: "EU trade ministers are meeting in Brussels on Monday", in a page of Sunday, is the
// next day: the present progressive of an arrangement looks ahead, as "meet on Monday" does.
// Round 158: so does a deadline that "falls on Friday" in a page of Monday. Round 160: "the week
// beginning 17 November 2025" is that ISO week, as "the week of" is, not its Monday, and "the
// Tuesday of" that week is its Tuesday. Round 167: "who faces a referendum on Sunday" looks ahead.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

/** The dates of a text read on `ref`, as "text=value". */
const datesOn = (ref: string) => (text: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: the present progressive of an arrangement looks ahead', () => {
  const on = datesOn('2025-07-13');

  test('"are meeting in Brussels on Monday" in a page of Sunday 13 July is 14 July', () => {
    assert.deepStrictEqual(on('EU trade ministers are meeting in Brussels on Monday to discuss the response.'), ['Monday=2025-07-14']);
  });

  test('"is travelling to Paris on Monday" looks ahead too', () => {
    assert.deepStrictEqual(on('The minister is travelling to Paris on Monday.'), ['Monday=2025-07-14']);
  });

  test('"were meeting on Monday" is still the Monday before', () => {
    assert.deepStrictEqual(on('Officials were meeting on Monday when the letter arrived.'), ['Monday=2025-07-07']);
  });
});

suite('dates: a deadline that falls on a weekday looks ahead', () => {
  const on = datesOn('2025-11-17');

  test('"the wind-down deadline falls on Friday" in a page of Monday 17 November is 21 November', () => {
    assert.deepStrictEqual(on('Negotiators reconvene midweek, and the sanctions wind-down deadline falls on Friday.'), ['Friday=2025-11-21']);
  });

  test('"the deadline fell on Friday" is the Friday before', () => {
    assert.deepStrictEqual(on('The deadline fell on Friday, and the buyers had stopped.'), ['Friday=2025-11-14']);
  });
});

suite('dates: the week beginning a day', () => {
  const on = datesOn('2025-11-01');

  test('"the week beginning 17 November 2025" is 2025-W47', () => {
    assert.deepStrictEqual(on('Talks are pencilled in for the week beginning 17 November 2025.'), ['the week beginning 17 November 2025=2025-W47']);
  });

  test('"the week starting" and "the week commencing" read the same', () => {
    assert.deepStrictEqual(on('Votes come in the week starting 17 November 2025 and the week commencing 1 December 2025.'), ['the week starting 17 November 2025=2025-W47', 'the week commencing 1 December 2025=2025-W49']);
  });
});

suite('dates: a weekday of a named week', () => {
  const on = datesOn('2025-11-28');

  test('"the Tuesday of the week beginning 17 November 2025" is 18 November, not the Tuesday before the page', () => {
    assert.deepStrictEqual(on('Talks were held on the Tuesday of the week beginning 17 November 2025.'), ['Tuesday=2025-11-18', 'the week beginning 17 November 2025=2025-W47']);
  });

  test('"Tuesday and Wednesday of the week of Nov. 17, 2025" are that week’s days', () => {
    assert.deepStrictEqual(on('Envoys sat down on Tuesday and Wednesday of the week of Nov. 17, 2025.'), ['Tuesday=2025-11-18', 'Wednesday=2025-11-19', 'the week of Nov. 17, 2025=2025-W47']);
  });

  test('a weekday that only stands near a week is read from the page’s day', () => {
    assert.deepStrictEqual(on('On Friday, officials said the week of Nov. 17, 2025 had been busy.'), ['Friday=2025-11-28', 'the week of Nov. 17, 2025=2025-W47']);
  });
});

suite('dates: who faces or holds a vote on a weekday looks ahead', () => {
  const on = datesOn('2025-11-14');

  test('"who faces a referendum on Sunday", in a page of Friday 14 November, is 16 November', () => {
    assert.deepStrictEqual(on('The president, who faces a referendum on Sunday, called the deal historic.'), ['Sunday=2025-11-16']);
  });

  test('"holds a referendum on Sunday" and "votes on Sunday" look ahead too; "faced" does not', () => {
    assert.deepStrictEqual(on('Ecuador holds a referendum on Sunday. Chile votes on Sunday. He faced a vote on Sunday.'), ['Sunday=2025-11-16', 'Sunday=2025-11-16', 'Sunday=2025-11-09']);
  });
});
