// A list item's lone year of another year than the sources' stays in that item; a coarse date beside
// the day it holds ("last month's meeting …, on October 30") is no other date; "further guidance" is
// another issue than the first; "the last day of August" is a day.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';
import { extractDates } from '../../../src/core/dates/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: list items, coarse dates beside days, further steps', () => {
  const corpus = tempCorpus({
    'cheese.txt': [
      'Leaders cut cheese duty',
      'CARSK, Nov. 12, 2025 -',
      "Last month's meeting between the Ruritanian and Valdorian leaders in Carsk, on October 30, halved the cheese duty to 10%.",
    ],
    'mail.md': ['# Mail rules', '', '| Date | Event |', '|---|---|', '| 2025-08-15 | Customs publishes guidance on paying duty on parcels sent by mail. |'],
    ...RATE_NEWS,
  });

  test('"last month\'s meeting …, on October 30" dates the meeting to October 30, not to the whole month', () => {
    assert.deepStrictEqual(corpus.warnings('The Carsk meeting on October 31, 2025 halved the cheese duty to 10%.'), ['date-conflict October 31, 2025 -> 2025-10-30']);
  });

  test('a list item below a lone date of another year is read in the sources\' year', () => {
    const brief = ['- The Geneva truce of May 12, 2024 cut rates.', '- The Carsk meeting on October 31 halved the cheese duty to 10%.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), ['date-conflict October 31 -> 2025-10-30']);
  });

  test('a later list item of another year lends it no year either', () => {
    const brief = ['- The Carsk meeting on October 31 halved the cheese duty.', '- Hong Kong post stopped on April 27, 2024.'].join('\n');
    assert.deepStrictEqual(citedDates(brief, 2025).map((c) => `${c.mention.text}:${c.year}`), ['October 31:2025', 'April 27, 2024:2024']);
  });

  test('"further guidance" is not the first guidance', () => {
    assert.deepStrictEqual(corpus.warnings('Customs added further guidance for parcels sent by mail on September 22, 2025.'), []);
  });

  test('the first guidance is still answered', () => {
    assert.deepStrictEqual(corpus.warnings('Customs published its guidance on paying duty on mail parcels on August 18, 2025.'), ['date-conflict August 18, 2025 -> 2025-08-15']);
  });
});

suite('dates: the first or last day of a month', () => {
  const read = (text: string) => extractDates(text, { referenceDate: '2025-10-16' }).map((m) => `${m.text}=${m.value}`);

  test('"the last day of August" is August 31, in the year the text gives it', () => {
    assert.deepStrictEqual(read('On the last day of August it went further.'), ['the last day of August=2025-08-31']);
  });

  test('"the first day of September" and a leap February with its year', () => {
    assert.deepStrictEqual(read('It began on the first day of September and ended on the final day of February 2024.'), ['the first day of September=2025-09-01', 'the final day of February 2024=2024-02-29']);
  });
});

suite('brief years: a paragraph whose weekdays fall in the sources\' year', () => {
  const brief = [
    '## The pattern',
    '',
    'The curbs of April 4, 2024 came first, and the EV duty followed on September 27, 2024, with a surtax from October 1, 2024.',
    '',
    '## The de-escalation',
    '',
    '- Two days of talks in Carsk, October 25-26, produced the framework.',
    '- The leaders sealed it on Thursday, October 30.',
  ].join('\n');

  test('is read in that year, with its other yearless dates, though the brief gives another year more often', () => {
    assert.deepStrictEqual(citedDates(brief, 2025).slice(3).map((c) => `${c.mention.text}:${c.year}`), ['October 25-26:2025', 'Thursday, October 30:2025']);
  });

  test('one whose weekday fits the lent year keeps it', () => {
    const years = citedDates(brief.replace('Thursday, October 30', 'Wednesday, October 30'), 2025).slice(3).map((c) => `${c.mention.text}:${c.year}`);
    assert.deepStrictEqual(years, ['October 25-26:2024', 'Wednesday, October 30:2024']);
  });
});
