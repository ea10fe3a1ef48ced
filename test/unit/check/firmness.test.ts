// What a source commits to: a plan can move, a hedge is no date, and a hedge elsewhere in the
// sentence does not unsettle the date it gives.
import * as assert from 'assert';
import { clauseFor } from '../../../src/core/text/clauses';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: firm and planned dates', () => {
  const corpus = tempCorpus({
    'round.txt': [
      'Fifth round ends',
      'BRUSSELS, March 14, 2025 (Wire) - Negotiators from the European Union and India wrapped up a fifth round of talks in Brussels on Thursday and said a deal on goods could come before the end of the year.',
      "India's commerce minister Piyush Goyal is due to visit Brussels on April 2 for ministerial talks.",
    ],
    'delay.txt': [
      'EU delays countermeasures',
      'BRUSSELS, March 20, 2025 (Wire) - The European Commission said on Thursday it would delay its first countermeasures against US steel tariffs until mid-April, to allow more time for talks.',
    ],
    'harbour.txt': ['Harbour news', 'HALIFAX, June 4, 2025 -', 'A ferry line added a second crossing on June 2.', 'Fishermen landed the first lobster catch of the season on May 28.'],
  });
  const found = corpus.warnings;

  test('a hedge after the date, about something else, leaves the date firm', () => {
    assert.deepStrictEqual(found('The fifth round of EU-India talks ended in Brussels on March 12, 2025.'), ['date-conflict March 12, 2025 -> 2025-03-13']);
  });
  test('a planned date ("is due to visit") does not contradict a later one', () => {
    assert.deepStrictEqual(found("Piyush Goyal's visit to Brussels was moved to April 23, 2025."), []);
  });
  test('what follows "said on Thursday" belongs to the later date, and "would" hedges it', () => {
    assert.deepStrictEqual(found('The 25% steel tariffs took effect on March 12, 2025.'), []);
    const text = 'The Commission said on Thursday it would delay its first countermeasures until mid-April.';
    const spans = [{ start: text.indexOf('Thursday'), end: text.indexOf('Thursday') + 8 }, { start: text.indexOf('mid-April'), end: text.indexOf('mid-April') + 9 }];
    const second = clauseFor(text, { start: 0, end: text.length }, spans, 1);
    assert.strictEqual(text.slice(second.start, second.end).trim(), 'it would delay its first countermeasures until mid-April.');
  });
  test('two dates with no break between them split at a space, never inside a word', () => {
    const text = 'Officials met on Monday to review countermeasures scheduled for mid-April.';
    const spans = [{ start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6 }, { start: text.indexOf('mid-April'), end: text.indexOf('mid-April') + 9 }];
    const first = clauseFor(text, { start: 0, end: text.length }, spans, 0);
    assert.ok(/\s/.test(text[first.end]) , `cut inside a word: "${text.slice(0, first.end)}|${text.slice(first.end)}"`);
  });
});
