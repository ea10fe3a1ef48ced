// Shapes of source and brief found in real corpora: a digest whose items carry their own datelines,
// a transcript's questions, a table row under its heading, a name met in passing, a brief that
// gives no year, two dates in one line of a brief.
import * as assert from 'assert';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: shapes of sources and briefs', () => {
  const corpus = tempCorpus({
    'digest.txt': [
      'FARM TRADE WEEKLY',
      'Issue 12 | Friday, August 15, 2025',
      '',
      'OSLO, Aug 14 — Norway began charging a 12 percent levy on imported salmon feed on Thursday, officials said.',
      '',
      'CANBERRA, Aug 8 — A 30 percent duty on Australian barley took effect today. The agriculture minister signed the order on Tuesday evening.',
    ],
    'hearing.txt': [
      'Standing Committee on Fisheries — Evidence',
      'Date: October 2, 2025',
      'Ms. Ana Ruiz: Was the quota decided before that weekend, or on the Sunday itself?',
      'Mr. Tom Hale: The quota for cod was set on September 12, 2025.',
    ],
    'drugs.txt': [
      'Drug pricing deals',
      'Published: 2 October 2025',
      'On Tuesday, September 30, the chief executive of Novagen appeared with the president at the White House to announce a deal. Novagen agreed to sell some medicines at lower prices.',
    ],
    'tracker.md': ['# Tariff tracker', '', 'Last updated 20 August 2025', '', '| Date | Step | Country | Rate | Measure |', '|---|---|---|---|---|', '| Aug 7, 2025 | In force | Norway | 24% | Reciprocal rate |'],
    'metals.txt': [
      'METALS AND MORE',
      'Issue 7 | Friday, August 8, 2025',
      'OSLO, Aug 7 — Norway began paying a 24 percent levy on most Norwegian goods on Thursday. The rate was first disclosed in a list of country rates on July 31.',
      'WASHINGTON, Aug 1 — A 50 percent tariff on copper pipes and wire took effect today.',
    ],
    'sugar.txt': ['Sugar levy', 'Published: 20 August 2024', 'The sugar levy came into force on June 28, 2024.'],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS, // so that the words above are as rare as in a real corpus
  });

  test('each item of a digest is read from its own dateline', () => {
    assert.deepStrictEqual(corpus.warnings('The 30% duty on Australian barley took effect on August 8, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The minister signed the barley order on Tuesday, August 5, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The 30% duty on Australian barley took effect on August 11, 2025.'), ['date-conflict August 11, 2025 -> 2025-08-08']);
  });

  test('a question in a transcript asserts no date', () => {
    assert.deepStrictEqual(corpus.warnings('The fisheries committee heard evidence on Thursday, October 2, 2025.'), []);
  });

  test('a name met in passing is not the claim’s subject', () => {
    assert.deepStrictEqual(corpus.warnings('The White House put its copper proclamation into effect on August 1.'), []);
  });

  test('a brief without a year is not told the year is wrong', () => {
    assert.deepStrictEqual(corpus.warnings('The sugar levy came into force on June 28.'), []);
  });

  test('of two dates in one line, the source’s date answers the nearer one, not the other', () => {
    assert.ok(!corpus.warnings('Norway 24%: announced 31 Jul 2025, in force 8 Aug 2025.').some((w) => w.includes('31 Jul')));
  });
});
