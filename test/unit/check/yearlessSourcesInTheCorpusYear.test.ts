// Round 321: "Lutnick said on Sept. 11, 2024 that Seoul should accept the deal" against an undated
// page's "On Sept. 11, Lutnick said … accept the deal or pay the tariffs", in a corpus whose dated
// sources are all of the autumn of 2025: the yearless day is read in the one year the dated sources
// put it in, and the brief's year is a slip. Not when the dated sources stand around both years.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const ANALYSIS = [
  'Cash or credit',
  '',
  'On Sept. 11, Commerce Secretary Howard Lutnick said in a television interview that Korea should accept the deal or pay the tariffs, a line replayed on evening news for days.',
];
const BRIEF = 'Lutnick said on Sept. 11, 2024 that Seoul should accept the deal or pay the tariffs.';

suite('check: a yearless source read in the corpus’s year', () => {
  const corpus = tempCorpus({
    'analysis.md': ANALYSIS,
    'release.txt': ['Summit statement', 'Seoul, 29 October 2025', '', 'The two presidents agreed the terms of the investment package.'],
    'timeline.md': ['# The deal, step by step', 'Updated 17 November 2025', '', '| Date | Step |', '|---|---|', '| 30 Jul 2025 | Deal announced |', '| 29 Oct 2025 | Terms settled |'],
  });

  test('"said on Sept. 11, 2024" is a slip of the year, and the warning says the year is the corpus’s', () => {
    const d = corpus.engine().check(`# Brief\n\n${BRIEF}\n`);
    assert.deepStrictEqual(d.map((x) => `${x.cited} -> ${x.expected}`), ['Sept. 11, 2024 -> 2025-09-11']);
    assert.match(d[0].message, /the source gives no year; the corpus's dated sources put this day in 2025/);
  });

  test('the corpus’s own year is no slip', () => {
    assert.deepStrictEqual(corpus.warnings(BRIEF.replace('2024', '2025')), []);
  });
});

suite('check: a yearless source in a corpus of several years', () => {
  const corpus = tempCorpus({
    'analysis.md': ANALYSIS,
    'release.txt': ['Summit statement', 'Seoul, 29 October 2025', '', 'The two presidents agreed the terms of the investment package.'],
    'earlier.txt': ['Talks open', 'Seoul, 2 October 2024', '', 'Trade officials opened talks on shipbuilding.'],
    ...RATE_NEWS,
  });

  test('dated sources around both years leave the yearless day’s year open', () => {
    assert.deepStrictEqual(corpus.warnings(BRIEF), []);
  });
});

// Round 340: "weeks after the Feb. 4 executive order", told in the past on an undated page of a corpus
// dated in October 2025, is not put in February 2026, months after every dated source.
suite('check: a yearless day told in the past is not put after the corpus', () => {
  const corpus = tempCorpus({
    'analysis.md': ['Budget squeeze', '', 'Washington paused its payments in late March, weeks after the Feb. 4 executive order instructing agencies to review every international organisation it belongs to. On Oct. 9, the budget committee approved a plan to settle the arrears of the members.'],
    'release.txt': ['Council statement', 'Geneva, 7 October 2025', '', 'Members met to discuss the budget of the organisation.'],
    'brief.txt': ['Weekly note', 'Geneva, 24 October 2025', '', 'The budget committee met again to discuss the arrears.'],
  });

  test('"issued on 4 February 2025" is no slip against it', () => {
    assert.deepStrictEqual(corpus.warnings('The executive order instructing agencies to review every international organisation was issued on 4 February 2025.'), []);
  });

  test('a day told in the past among the dated sources is still read in their year', () => {
    assert.deepStrictEqual(corpus.warnings('The budget committee approved a plan to settle the arrears of the members on Oct. 9, 2024.'), ['date-conflict Oct. 9, 2024 -> 2025-10-09']);
  });
});

// Round 478: "The outline of the deal was first announced by Mr Trump in the Oval Office on 11
// October", on an undated page that speaks of purchases over 2020 and 2021, was read in 2018, the
// year the corpus's dated sources stand around (July and December 2018), so "October 11, 2019" was
// flagged as a slip. A page that names a later year than that one may be of a later year itself.
suite('check: a yearless day on a page that names later years', () => {
  const signed = (years: string) => ['Phase one signed', '', `The outline of the deal was first announced by Mr Trump in the Oval Office on 11 October, when he suspended a planned tariff increase. China pledged to buy more US goods ${years}.`];
  const dated = {
    ...RATE_NEWS,
    'july.txt': ['Tariffs take effect', 'Washington, 6 July 2018', '', 'Duties on $34 billion of Chinese goods took effect.'],
    'december.txt': ['Truce in Buenos Aires', 'Buenos Aires, 2 December 2018', '', 'The two leaders agreed a 90-day truce over dinner.'],
  };

  suite('with later years on the page', () => {
    const corpus = tempCorpus({ ...dated, 'signed.txt': signed('over 2020 and 2021') });
    test('"October 11, 2019" is no slip', () => {
      assert.deepStrictEqual(corpus.warnings('Trump first announced the outline of the deal in the Oval Office on October 11, 2019.'), []);
    });
  });

  suite('without them', () => {
    const corpus = tempCorpus({ ...dated, 'signed.txt': signed('in the coming years') });
    test('the day is still read in the corpus\'s year', () => {
      assert.deepStrictEqual(corpus.warnings('Trump first announced the outline of the deal in the Oval Office on October 11, 2019.'), ['date-conflict October 11, 2019 -> 2018-10-11']);
    });
  });
});
