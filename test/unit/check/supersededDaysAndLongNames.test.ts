// Rounds 227-234. A source's date that it says was superseded ("The 1 August start date in the July
// letter was later superseded", "currently set to expire on November 10, 2025, until November 10,
// 2026") is not the day a brief gives for what replaced it. "The Executive
// Order signed by the President …, Mr Donald J. Trump, on Thursday, 31 July" dates a signing (an
// initial's dot ends no clause), which does not contradict the day a ministry "published its response
// to the executive order"; "Today, President Donald J. Trump signed a Proclamation" dates the signing,
// not the day the rate started; and "| 2025-06-12 | Eight appliance codes added |" is an act, not the
// day duties "started to be collected".
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: superseded days, long names and later collection', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'timeline.md': [
      '# South Africa and the US: a timeline',
      '',
      '_Last updated: 25 November 2025_',
      '',
      '| Date | Event |',
      '|---|---|',
      '| 2025-07-07 | Trump sends Ramaphosa a letter setting a 30% rate from 1 August. |',
      '| 2025-06-12 | Eight appliance codes added to derivative list |',
      '',
      '## Notes',
      '',
      '- The 1 August start date in the July letter was later superseded: the executive order of 31 July set the effective date at 7 August.',
    ],
    'dtic.txt': [
      'MEDIA STATEMENT',
      '',
      'The dtic notes the United States Executive Order on reciprocal rates',
      '',
      'Release date: 01 August 2025',
      '',
      'The Department of Trade, Industry and Competition has taken note of the Executive Order signed by the President of the United States, Mr Donald J. Trump, on Thursday, 31 July 2025, which sets the rates that will apply to imports from South Africa.',
    ],
    'china-factsheet.txt': [
      'Fact Sheet: the deal with China',
      '',
      'Published: November 1, 2025',
      '',
      '- The United States will extend the heightened reciprocal tariff suspension on Chinese imports, currently set to expire on November 10, 2025, until November 10, 2026.',
    ],
    'factsheet.txt': [
      'Fact Sheet: Steel and aluminum at 50%',
      '',
      'Published: June 3, 2025',
      '',
      'STRENGTHENING THE REMEDY: Today, President Donald J. Trump signed a Proclamation raising the tariffs on imports of steel and aluminum from 25% to 50%, effective June 4.',
    ],
  });

  test('"currently set to expire on November 10, 2025, until November 10, 2026": the old day does not contradict the new', () => {
    assert.deepStrictEqual(corpus.warnings('The suspension of the higher U.S. reciprocal tariffs on China now lasts until 10 November 2026.'), []);
  });

  test('"replaced the letter’s start date with 7 August" is not contradicted by the superseded 1 August', () => {
    assert.deepStrictEqual(corpus.warnings("That order replaced the letter's start date with 7 August 2025."), []);
  });

  test('a response published on 1 August is not the signing of 31 July, with "Mr Donald J. Trump" between', () => {
    assert.deepStrictEqual(corpus.warnings('The dtic published its response to the executive order on Friday, 1 August 2025.'), []);
  });

  test('"Today, President Donald J. Trump signed" does not date the rate that applied from 12:01 a.m. on June 4', () => {
    assert.deepStrictEqual(corpus.warnings('From 12:01 a.m. on Wednesday, June 4, 2025, most imported steel and aluminum paid 50%.'), []);
  });

  test('duties that "started to be collected on 23 June" are not dated by the day the codes were added', () => {
    assert.deepStrictEqual(corpus.warnings('Duties on the eight appliance codes started to be collected on 23 June 2025, eleven days after the codes were announced.'), []);
  });
});
