// Rounds 312-403: an undated analysis telling "When President Trump posted on Sept. 25 that …" or
// "the catalogue, published on July 15, still requires …" in its opening lines was dated by it, as
// if it were the page's own "Updated Nov 3" stamp (and its "Oct. 30" then fell in the year before).
// A stamp stands apart: at the line's start, after a separator, or capitalised.
import * as assert from 'assert';
import { findYearlessStamp } from '../../../src/core/dates/documentDate';

const stamp = (text: string) => {
  const s = findYearlessStamp(text);
  return s && `${s.month}/${s.day}`;
};

suite('dates: a page’s yearless stamp stands apart', () => {
  test('"*Northwire Graphics · Updated Nov 3 · 6 min read*" and "Posted on June 4" are stamps', () => {
    assert.strictEqual(stamp('# Chips\n\n*Northwire Graphics · Updated Nov 3 · 6 min read*\n\nText.'), '11/3');
    assert.strictEqual(stamp('# Chips\nPosted on June 4\n\nText.'), '6/4');
    assert.strictEqual(stamp('# Chips\n| by A. Writer | posted: Oct. 28 |\n\nText.'), '10/28');
  });

  test('a saying or a paper dated in prose is not', () => {
    assert.strictEqual(stamp('# Cabinets\n\nWhen President Donald Trump posted on Sept. 25 that kitchen cabinets would face duties, mills reacted.'), null);
    assert.strictEqual(stamp('# Batteries\n\nThe 2025 revision of the catalogue, published on July 15, still requires a licence.'), null);
  });
});
