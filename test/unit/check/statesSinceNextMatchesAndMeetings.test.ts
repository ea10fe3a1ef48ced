// Rounds 239-246. "Has been collected since August 1" and "in force since 1 January 2004" tell the day
// a state began, as much a start as "took effect on", not a bound. A signing whose best match tells a
// saying of another day ("agreed … on May 6") is answered by the next close match that tells the
// signing. A yearless "Friday, Dec. 6" below dates of 2024 is of 2024, whatever year the rest of the
// brief gives most. "Was to start on November 1" is a start, which the row "Trump threatens an extra
// 100% tariff from 1 Nov" gives. A meeting is no start of effect: "Trump and Xi met in late October"
// is not dated by "port fees … are also paused from today". A state the source tells in the pluperfect
// ("the 120% rate … had applied since May 2") is background, not the start of a later rate.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: states since a day, the next close match, and meetings', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'fact-sheet.txt': [
      'Fact sheet: the reciprocal rate for the Republic of Indonesia',
      '',
      'Published: November 12, 2025',
      '',
      '| Date | Step |',
      '|---|---|',
      '| 7 Aug 2025 | 19% rate applies to Indonesian goods |',
      '',
      'The Australia-United States Free Trade Agreement entered into force on January 1, 2005, and removed most duties.',
    ],
    'signing.txt': [
      'India and Britain sign their trade agreement',
      '',
      'Published: July 24, 2025',
      '',
      'The Comprehensive Economic and Trade Agreement was signed today at Chequers by the two trade ministers.',
    ],
    'convention.txt': [
      'The social security convention explained',
      '',
      'Published: July 30, 2025',
      '',
      'The convention was agreed alongside the Comprehensive Economic and Trade Agreement on May 6, 2025, when Keir Starmer and Narendra Modi spoke by phone and declared the talks finished.',
    ],
    'liveblog.md': [
      '# China and the US: key dates',
      '',
      'Last updated: 12 November 2025',
      '',
      '| Date | Event |',
      '|---|---|',
      '| 10 Oct 2025 | Trump threatens an extra 100% tariff from 1 Nov |',
      '| 30 Oct 2025 | Trump and Xi meet in Busan |',
    ],
    'postal.txt': [
      'White House cuts the duty on small parcels from China',
      '',
      'Published: May 13, 2025',
      '',
      'The 120% postal rate had been set in an order in April, during the worst week of the tariff exchange, and had applied since May 2, when parcels from China lost their de minimis exemption.',
    ],
    'newsletter.txt': [
      'Critical inputs weekly',
      '',
      'November 10, 2025',
      '',
      'Port fees on Chinese-built ships, set up under Section 301, are also paused from today.',
    ],
  });

  test('"has been collected since August 1" is flagged against collection from August 7', () => {
    assert.deepStrictEqual(corpus.warnings('The lower rate has been collected on Indonesian goods since August 1, 2025.'), ['date-conflict August 1, 2025 -> 2025-08-07']);
  });

  test('"in force since 1 January 2004" is flagged against entry into force in 2005', () => {
    assert.deepStrictEqual(corpus.warnings('The Australia-United States Free Trade Agreement, in force since 1 January 2004, has offered no shelter.'), ['date-conflict 1 January 2004 -> 2005-01-01']);
  });

  test('a bound stays a bound: "talks have gone on since 1 March 2025" is not flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Talks on the trade agreement have gone on since 1 March 2025.'), []);
  });

  test('a state told in the pluperfect ("had applied since May 2") is background to a later rate', () => {
    assert.deepStrictEqual(corpus.warnings('Parcels from China entered from May 14, 2025 paid 54% instead of 120%.'), []);
  });

  test('"signed at Chequers on July 25" is flagged against the signing, past a closer saying of May 6', () => {
    assert.deepStrictEqual(corpus.warnings('The Comprehensive Economic and Trade Agreement was signed at Chequers on July 25, 2025, in the presence of Keir Starmer and Narendra Modi.'), ['date-conflict July 25, 2025 -> 2025-07-24']);
  });

  test('"was to start on November 1" is the start the threat gave', () => {
    assert.deepStrictEqual(corpus.warnings("Trump's threatened 100% tariff was to start on November 1, 2025."), []);
  });

  test('"met in late October" is not dated by a pause that starts on November 10', () => {
    assert.deepStrictEqual(corpus.warnings('Trump and Xi met in late October 2025, which set up the pause.'), []);
  });
});

suite('check: a weekday tells the year of a yearless day', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'mercosur.txt': [
      'EU and Mercosur: where things stand',
      '',
      'Published: November 20, 2025',
      '',
      'The conclusion of the talks was announced in Montevideo on December 6, 2024. The Commission proposed signing the agreement on September 3, 2025, and the Council is to decide in December 2025.',
    ],
  });

  test('"Friday, Dec. 6" below days of 2024 is not read in 2025, where it is a Saturday', () => {
    const brief = [
      '# EU-Mercosur',
      '',
      '- The Commission proposed signing on September 3, 2025.',
      '- The Council was asked to decide by 20 December 2025, after a vote on 16 October 2025.',
      '- Farmers marched on 18 November 2025 and again on 2 December 2025.',
      '- The French government fell on 4 December 2024.',
      '- Von der Leyen landed in Montevideo on 5 December 2024.',
      '',
      '## Montevideo',
      '',
      'The conclusion was announced on Friday, Dec. 6, at the summit.',
    ].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief).filter((w) => w.startsWith('weekday')), []);
  });
});
