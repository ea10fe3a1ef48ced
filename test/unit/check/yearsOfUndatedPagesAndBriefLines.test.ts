// Rounds 473, 531 and 551 (their sources kept in test/fixtures/rounds).
// - A yearless day on an undated page was read in a brief's year only near the corpus's commonest
//   year: "a political deal in mid-July" on a page that names 2023 as its latest year, in a corpus of
//   2019 to 2025, never met "unveiled their political deal on 13 June 2025". A year up to two after
//   the latest one the page names may be the page's own.
// - What that lets through must still be a fact: "Exporters expected the harvest to start reaching
//   mandis in October 2024" tells an expectation, not a day a source can contradict.
// - A brief written one claim to a line, with no blank line between (a list without its marks), lent
//   the year of a lone history line ("had been signed on January 15, 2020") to the yearless days
//   below it: there each line is an item. (A paragraph of a few lines still lends it: see
//   joinsPostsAndLoneYears.test.ts.)
// - "trade arrangement" is an agreement's word, as "deal" is.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

const round = (name: string) => roundCorpus(name).check;

suite('check: the years of an undated page, and a brief’s lines (rounds 473, 531, 551)', () => {
  const r531 = round('r531');
  const r473 = round('r473');
  const r551 = round('r551');

  test('a yearless month on an undated page meets a brief’s year just after the page’s latest', () => {
    assert.deepStrictEqual(r531('# Brief\n\nBrussels and Jakarta unveiled their political deal on the partnership agreement on 13 June 2025.\n'), ['date-conflict 13 June 2025']);
  });

  test('an expectation is not contradicted by what happened', () => {
    assert.deepStrictEqual(r473('# Brief\n\nExporters expected the fresh summer-sown harvest to start reaching mandis in October 2024, adding to already record state stocks.\n'), []);
  });

  test('a history line does not lend its year to the lines below it', () => {
    const brief = ['# Geneva', 'The joint statement laying out the truce was issued on Monday, May 12, 2025.', 'Both sides cut their rates for 90 days.', 'The Phase One agreement had been signed on January 15, 2020.', 'Trump publicly accused Beijing of breaching the Geneva understanding on May 23.', ''].join('\n');
    assert.deepStrictEqual(r551(brief), ['date-conflict May 23']);
  });

  test('a trade arrangement is an agreement', () => {
    assert.deepStrictEqual(r551('# Brief\n\nThe UK’s own trade arrangement with Washington had been announced on May 18, 2025.\n'), ['date-conflict May 18, 2025']);
  });
});
