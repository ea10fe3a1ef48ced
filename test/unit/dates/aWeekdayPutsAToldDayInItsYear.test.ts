// Rounds 629, 597, 628, 698 and 701. An undated page whose latest full date is history ("a process
// that began … on 30 June 2019") and which tells its own day with a weekday ("entered into force on
// Saturday, August 1") was dated in the year of that history, where August 1 was a Thursday. The
// weekday puts the day in the first year after the history in which it falls on it. And "sworn in on
// September 13 last year" is a day of another year than the page's, which no year the text names
// fixes; nor is "what happens after 2025" a year the page is of.
import * as assert from 'assert';
import { inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';

const inferred = (text: string) => inferDocumentDate(extractDates(text, { referenceDate: null }), text)?.date;

suite('dates: a weekday puts a day told without a year in its year', () => {
  test('the first year after the page’s history in which the day falls on its weekday', () => {
    assert.strictEqual(inferred('The trade agreement was signed on 30 June 2019. It entered into force on Saturday, August 1, cutting duties on most goods.'), '2020-08-01');
    assert.strictEqual(inferred('The first rules came on Oct. 7, 2022. China’s commerce ministry said on Wednesday, Oct. 18, that it opposed the update.'), '2023-10-18');
  });

  test('a day whose weekday fits the history’s year stays in it', () => {
    assert.strictEqual(inferred('The trade agreement was signed on 30 June 2019. Ministers met again on Thursday, August 1, to review it.'), '2019-08-01');
  });

  test('a day of last year dates nothing, nor a year reached after', () => {
    const text = 'Kenyatta met Trump on February 6, 2020. Ruto, who won the August 2022 election, was sworn in on September 13 last year. Businesses want to know what happens after 2025.';
    assert.notStrictEqual(inferred(text)?.slice(0, 4), '2025');
    assert.notStrictEqual(inferred(text), '2022-09-13');
  });
});

// Round 702. "The notice … appeared in the Official Journal on Dec. 20" over "an investigation period
// running from Oct. 1, 2022 to Sept. 30, 2023": the period is looked back on, its end as well as its
// start, so the page is of the December after it (it was dated 2021, before the period).
suite('dates: a period looked back on, to its end', () => {
  test('both ends of the period are past', () => {
    assert.strictEqual(inferred('The notice appeared in the Official Journal on Dec. 20. Investigators will compare prices over an investigation period running from Oct. 1, 2022 to Sept. 30, 2023.'), '2023-12-20');
  });
});

// Round 730. An explainer that ends "Both sides have set 1 January 2027 as the target date for entry
// into force" was dated 1 January 2027: a day set as a target lies ahead of the page.
suite('dates: a day set as a target', () => {
  test('is ahead of the page, not its day', () => {
    assert.strictEqual(inferred('The talks were concluded in Bali on Sept. 23, 2025. Both sides have set 1 January 2027 as the target date for entry into force.'), '2025-09-23');
  });
});
