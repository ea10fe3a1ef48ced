// Rounds 123-126: a month or half-year after the sources' year ("puts the first deadline in April
// 2026") is a horizon and lends no year to the days after it; a list whose yearless weekdays mostly
// fall in the sources' year is in that year even when one of them fits only the year lent from above.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('brief years: a later month is a horizon, not a year to lend', () => {
  const years = (prose: string) => citedDates(prose, 2025).map((c) => `${c.mention.text}=${c.year}`);

  test('"the first deadline in April 2026" leaves "Friday, 24 April" below it in 2025', () => {
    const prose = ['The framework was signed on Tuesday, 21 October 2025; each side is to commit funds within six months, which puts the first deadline in April 2026 and the second in October 2026.', '', '- The reserve had been announced on Friday, 24 April, before the election on 3 May.'].join('\n');
    assert.deepStrictEqual(years(prose), ['Tuesday, 21 October 2025=2025', 'April 2026=2026', 'October 2026=2026', 'Friday, 24 April=2025', '3 May=2025']);
  });

  test('a month of an earlier year still lends its year to the days after it', () => {
    const prose = 'The scheme opened in March 2024. Its first review was held on 12 June.';
    assert.deepStrictEqual(years(prose), ['March 2024=2024', '12 June=2024']);
  });
});

suite('check: a slipped weekday among weekdays of the sources’ year', () => {
  const corpus = tempCorpus(RATE_NEWS);

  test('"Sunday, November 15" beside Monday 17 and Friday 14 November (2025) is a Saturday, though 15 November 2020 is a Sunday', () => {
    const brief = ['The first ban dates to 24 August 2020 and was eased on 29 May 2020.', '', '- Monday, 17 November: shares fell as the advisory hit trading.', '- Friday, 14 November: an institute put the loss at ¥1.8 trillion.', '- Sunday, November 15: three airlines waived refund fees.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), ['weekday-mismatch Sunday -> Saturday']);
  });

  test('a list whose weekdays fit only the year lent from above stays in that year', () => {
    const brief = ['The pilot ran from 2 March 2026.', '', '- Monday, 16 November: the pilot was extended.', '- Tuesday, 17 November: the agency published its report.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), []);
  });
});

// Round 716. "Two days before the mineral decision, on Friday, 7 November, Beijing also froze its
// rare earth package" was flagged as a Tuesday: the year was lent by the line above ("since December
// 3, 2023"), though the brief writes the decision out two days later as "Sunday, November 9, 2025",
// in whose year 7 November is a Friday.
suite('check: a weekday beside a day written out in full', () => {
  const corpus = tempCorpus(RATE_NEWS);

  test('takes the year of a day a few days off that the brief writes in full', () => {
    const brief = ['MOFCOM suspended the ban on Sunday, November 9, 2025.', 'The ban had been in place since December 3, 2023.', 'Two days before the decision, on Friday, 7 November, Beijing also froze its rare earth package.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), []);
  });

  test('a weekday that fits no such year is still flagged', () => {
    const brief = ['MOFCOM suspended the ban on Sunday, November 9, 2025.', 'The ban had been in place since December 3, 2023.', 'Two days before the decision, on Thursday, 7 November, Beijing also froze its rare earth package.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), ['weekday-mismatch Thursday -> Friday']);
  });
});
