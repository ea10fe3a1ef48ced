// Round 652 (held out, measured first). An undated page, "Russia said on Monday it was ending its
// participation in the Black Sea grain deal, almost a year after it was signed in Istanbul on 22 July
// 2022, allowing the current term to run out on July 17", was dated 22 July 2022, its one full date,
// and its "on Monday" with it. The text says how long after that date it stands: about a year. Not so
// when the sentence dates its own act first: "Kenya deposited in May last year, less than two months
// after the signing on 21 March 2018" says nothing of the page's day.
import * as assert from 'assert';
import { inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';

const inferred = (text: string) => inferDocumentDate(extractDates(text, { referenceDate: null }), text)?.date;

suite('dates: a page that says how long after a date it stands', () => {
  test('"almost a year after … on 22 July 2022" is a year on', () => {
    assert.strictEqual(inferred('Russia said on Monday it was ending its participation in the grain deal, almost a year after it was signed in Istanbul on 22 July 2022.'), '2023-07-22');
  });

  test('an elapsed time between two past acts is not the page’s', () => {
    assert.strictEqual(inferred('Kenya and Ghana were the first to deposit their instruments, in May last year, less than two months after leaders signed the framework in Kigali on 21 March 2018.'), '2018-03-21');
  });
});
