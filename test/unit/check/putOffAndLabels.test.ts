// The day something was put off, against the day it was put off to; a table row whose label names
// its moment ("… in force"); a yearless "one week later"; "the following morning".
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: putting off, row labels and story parts of days', () => {
  const corpus = tempCorpus({
    'statement.md': [
      '# Background note',
      '',
      'Published: 30 April 2025',
      '',
      'On 18 March 2025 the Ruritanian president threatened a 40% duty on Vesperian cheese from 1 April; on 20 March he agreed to extend the deadline to 30 April after a call with the Vesperian premier.',
    ],
    'lumber.md': ['# Timber notes', '', 'Posted October 20, 2025', '', 'On top of that, a Section 232 tariff of 12% on Ruritanian plywood and veneer, proclaimed at the end of September, entered into force on October 14.'],
    'page.html': [
      '<html><body><h1>Draft rules</h1>',
      '<p class="meta">Published: 25.09.2025, 16:30</p>',
      "<p>The Vesperian Assembly began its examination of the Council's two draft dairy regulations this month.</p>",
      '</body></html>',
    ],
    'explainer.md': ['Dairy Desk Explainer | Updated October 2025', '', '# How the dairy deal works', '', 'On 21 August the two sides issued their joint statement. One week later the Council tabled its two draft dairy regulations.', '', 'A last round closed on 24 September 2025 in Geneva.'],
    'wire.txt': ['Leaders trade posts', 'DELHI, Sept 8, 2025 -', 'On Friday, 5 September, the Osterian chancellor praised the Lindish envoy, and the envoy replied on social media the following morning.'],
    ...RATE_NEWS,
  });

  test('the day a deadline was extended is not the day it was extended to', () => {
    assert.deepStrictEqual(corpus.warnings('On Thursday, March 20, 2025, the Vesperian premier called the Ruritanian president and secured an extension of the cheese deadline.'), []);
    assert.deepStrictEqual(corpus.warnings('The cheese duty deadline was extended to 2 May 2025.'), ['date-conflict 2 May 2025 -> 2025-04-30']);
  });

  test('a row label ending on "in force" dates the start, not the proclamation', () => {
    const table = (date: string) => ['| Step | Date |', '|---|---|', `| Section 232 plywood tariff in force | ${date} |`].join('\n');
    assert.deepStrictEqual(corpus.warnings(table('14 October 2025')), []);
    assert.deepStrictEqual(corpus.warnings(table('15 October 2025')), ['date-conflict 15 October 2025 -> 2025-10-14']);
  });

  test('a yearless "one week later" agrees with a day in its week', () => {
    assert.deepStrictEqual(corpus.warnings(['| Item | Date | Status |', '|---|---|---|', '| Council draft dairy regulations | 28 August 2025 | pending |'].join('\n')), []);
  });

  test('"the following morning" is the day after the story\'s day', () => {
    const [, morning] = extractDates('On Friday, 5 September, he spoke, and she replied the following morning.', { referenceDate: '2025-09-08' });
    assert.deepStrictEqual([morning.text, morning.type, morning.value], ['the following morning', 'TIME', '2025-09-06TMO']);
    assert.deepStrictEqual(corpus.warnings('The Lindish envoy replied on social media on 6 September 2025.'), []);
  });
});
