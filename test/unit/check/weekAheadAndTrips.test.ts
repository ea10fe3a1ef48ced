// A week-ahead article in the present ("He meets the premier on Tuesday"), a brief's bare year
// later in its sentence, a journey, and a meeting elsewhere.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: the week ahead, journeys and venues', () => {
  const corpus = tempCorpus({
    'week.txt': [
      'The week ahead in Asia',
      'Sunday, October 26, 2025',
      'The chancellor meets Prime Minister Lena Park in Seoul on Tuesday, and Pacific leaders meet in Suva on Friday and Saturday.',
    ],
    'live.txt': [
      'Live: the chancellor in Asia',
      'Published: 30 October 2025',
      'A reminder of how we got here: on Sunday the chancellor signed fishing agreements with Fiji and Tonga in Suva, and yesterday she spoke at the Pacific business forum.',
      'In Wellington, where it was still Wednesday evening, officials said the chancellor and President Ana Ruiz had met on October 29.',
    ],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('a present-tense schedule looks ahead from the article’s Sunday', () => {
    assert.deepStrictEqual(corpus.warnings('The chancellor met Prime Minister Lena Park in Seoul on October 28, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('Pacific leaders met in Suva on October 31 and November 1, 2025.'), []);
  });

  test('a journey is not contradicted by what was done on arrival', () => {
    assert.deepStrictEqual(corpus.warnings('The chancellor flew from Fiji to Seoul on Monday, October 27, 2025.'), []);
  });

  test('a meeting elsewhere ("In Wellington, …"), with other people, is not the claim’s', () => {
    assert.deepStrictEqual(corpus.warnings('The chancellor met Prime Minister Ken Kato in Tokyo on October 28, 2025.'), []);
  });

  test('a bare year later in the sentence lends no year to the date before it', () => {
    const [c] = citedDates('They met near Suva on Thursday, October 30, their first meeting since 2019. Talks resumed on November 3, 2025.');
    assert.deepStrictEqual([c.mention.text, c.year, c.yearSource], ['Thursday, October 30', 2025, 'brief']);
    const [d] = citedDates('In 2019, talks began on May 12.');
    assert.deepStrictEqual([d.mention.text, d.year], ['May 12', 2019]);
  });

  test('a later month of another year lends no year beyond its sentence; "All dates 2025" declares one', () => {
    const later = citedDates('- **Monday 30 June** – The car quota starts to apply.\n- Talks had been launched in **January 2022**.\n- The summit met on 19 May 2025.\n', 2025);
    assert.deepStrictEqual(later.map((c) => `${c.mention.text} ${c.year}`), ['Monday 30 June 2025', 'January 2022 2022', '19 May 2025 2025']);
    const declared = citedDates('All dates 2025 unless stated.\n\n- Talks opened on Monday, 12 May.\n');
    assert.deepStrictEqual(declared.map((c) => `${c.mention.text} ${c.year}`), ['Monday, 12 May 2025']);
  });

  test('in a brief dated by its title, a month of another year is background', () => {
    const cited = citedDates('# Trade note – Friday 25 July 2025\n- Talks had been launched in **January 2022**.\n- The summit on **Monday 19 May** is two months behind us.\n');
    assert.deepStrictEqual(cited.map((c) => `${c.mention.text} ${c.year}`), ['Friday 25 July 2025 2025', 'January 2022 2022', 'Monday 19 May 2025']);
  });

  test('a bare year after "since" is a bound and lends no year', () => {
    const cited = citedDates('All dates are 2025.\n\n- The index’s best day since 2009 came on Wednesday, July 23.\n');
    assert.deepStrictEqual(cited.map((c) => `${c.mention.text} ${c.year}`), ['Wednesday, July 23 2025']);
  });

  test('a date after the brief’s own (its title’s) lends its year only within its sentence', () => {
    const cited = citedDates('# Morning note — Tuesday, November 11, 2025\n\n- The pause lapses on Tuesday, November 10, 2026, unless renewed.\n- Recap: on Thursday, October 9, the ministry had added five metals.\n');
    assert.deepStrictEqual(cited.map((c) => `${c.mention.text} ${c.year}`), ['Tuesday, November 11, 2025 2025', 'Tuesday, November 10, 2026 2026', 'Thursday, October 9 2025']);
  });
});

suite('check: the year an undated corpus is about', () => {
  const corpus = tempCorpus({
    'fund.txt': ['Fund rules set', 'LIMA, Sept 5 (Wire) -', 'Under the memorandum, Peru will place the first tranche of the fund through January 2029, officials said.', '© 2025 Wire. All rights reserved.'],
    'explainer.md': ['# What is in the fund deal', '## Timeline', '- **Sept. 5** — The memorandum on the mining fund is signed in Lima.', '- **Sept. 12** — The first board meeting of the fund is held.'],
  });

  test('a bound ahead ("through January 2029") does not give the sources’ yearless dates its year', () => {
    assert.deepStrictEqual(corpus.warnings('# Note\n\n- The memorandum on the mining fund was signed in Lima on Friday, 5 September 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('# Note\n\n- The memorandum on the mining fund was signed in Lima on 8 September.'), ['date-conflict 8 September -> 2025-09-05']);
  });
});
