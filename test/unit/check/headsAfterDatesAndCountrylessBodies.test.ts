// Rounds 196-198: who acted, read where the date is. A brief's "… improved only when Bern and
// Washington announced a framework on 21 November" is Bern and Washington's act; a source's "…: on
// August 10, 2018, during the dispute over …, Trump announced" is Trump's; and "the US Supreme Court"
// on one page is "the Supreme Court" of another.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: who acted, where the date is', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'nordic.txt': [
      'Nordic trade brief',
      'Published: 2025-11-18',
      'Switzerland is a neighbour of the EFTA group. Last Friday, 14 November, Bern and Washington announced a framework under which the US tariff on Swiss goods falls from 39% to 15%.',
    ],
    'turkey.txt': [
      'Turkey and the tariffs',
      'Published: 2025-09-30',
      'President Donald Trump has used steel duties before. Turkey was singled out that summer: on August 10, 2018, during the dispute over the detained pastor, Trump announced on Twitter that he would double the duty on Turkish steel.',
    ],
    'court.txt': ['Court hears tariff case', 'Published: 2025-11-20', 'The US Supreme Court heard arguments on November 5 on whether the emergency powers law allows a president to impose tariffs.'],
    'tracker.md': ['# Tariff tracker', '', 'Last updated: 2025-11-21', '', '| Date | Event |', '|---|---|', '| 20 Nov 2025 | The Supreme Court has yet to rule on the emergency tariffs |'],
  });

  test('"Switzerland’s position improved only when Bern and Washington announced a framework on 21 November" is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Switzerland’s position improved only when Bern and Washington announced a framework on 21 November 2025, cutting the Swiss rate from 39% to 15%.'), ['date-conflict 21 November 2025 -> 2025-11-14']);
  });

  test('"Trump announced the doubling of the duty on Turkish steel on August 13, 2018" is flagged by "…: on August 10, 2018, …, Trump announced"', () => {
    assert.deepStrictEqual(corpus.warnings('Trump announced the doubling of the duty on Turkish steel on August 13, 2018, at the height of the dispute over the detained pastor.'), ['date-conflict August 13, 2018 -> 2018-08-10']);
  });

  test('"The Supreme Court heard argument on 2025-11-15" is flagged by "The US Supreme Court heard arguments on November 5"', () => {
    assert.deepStrictEqual(corpus.warnings('- The Supreme Court heard argument on the emergency tariffs on 2025-11-15.'), ['date-conflict 2025-11-15 -> 2025-11-05']);
  });
});

suite('check: a paper dated after its author is named', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'release.txt': [
      'PRESS RELEASE',
      'Release date: 01 August 2025',
      'The ministry informs the public that the reciprocal tariff on its goods was set at 20 percent, down from the 35 percent conveyed in the letter of the President of the United States dated 7 July 2025.',
    ],
  });

  test('"the ministry’s press release on the outcome is dated 1 August 2025" gets no warning from "the letter of the President … dated 7 July"', () => {
    assert.deepStrictEqual(corpus.warnings('The ministry’s press release on the outcome, setting the tariff at 20 percent, is dated 1 August 2025.'), []);
  });
});

suite('check: a name with and without its accents, and who led a team', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'panama.txt': ['Canal pressure', 'Published: 2025-03-05', 'Secretary of State Marco Rubio flew to Panama City on February 2 and warned President Jose Raul Mulino that Washington could act over Chinese influence.'],
    'profile.txt': ['Panama’s president', 'Published: 2025-01-10', 'President José Raúl Mulino has defended the canal’s neutrality since taking office.'],
    'lanka.txt': ['Apparel relief', 'Published: 2025-08-02', 'Sri Lanka’s negotiating team, led by Treasury Secretary Mahinda Siriwardana, had held its first virtual round with officials of the Office of the United States Trade Representative on April 24.'],
  });

  test('"Rubio met President José Raúl Mulino in Panama City on February 9" is flagged by "warned President Jose Raul Mulino" on February 2', () => {
    assert.deepStrictEqual(corpus.warnings('Secretary of State Marco Rubio met President José Raúl Mulino in Panama City on February 9, 2025 and pressed him over Chinese influence.'), ['date-conflict February 9, 2025 -> 2025-02-02']);
  });

  test('"Mahinda Siriwardana led Sri Lanka’s first virtual round on April 21" is flagged by the team "led by" him', () => {
    assert.deepStrictEqual(corpus.warnings('Treasury Secretary Mahinda Siriwardana led Sri Lanka’s first virtual round with USTR officials on April 21, 2025.'), ['date-conflict April 21, 2025 -> 2025-04-24']);
  });
});
