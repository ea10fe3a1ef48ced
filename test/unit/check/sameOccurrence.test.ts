// A conflict needs the source to be about the occurrence the brief cites: the same people, venue
// and rate, and a date near enough to be a slip rather than another round.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';
import { closeEnough } from '../../../src/core/check/sameOccurrence';
import { dayNumber } from '../../../src/core/check/reach';

/** Unrelated news, so that the shared words are rare in the corpus, as in a real one. */
const PORT_NEWS = [
  'Port strike ends',
  'ROTTERDAM, March 12, 2025 -',
  'Dock workers ended a strike at the container terminal on March 11.',
  'Grain barges resumed sailing on March 12 after repairs to a lock.',
  'The city council approved a budget for new cranes on March 10.',
];

suite('check: the same occurrence', () => {
  const corpus = tempCorpus({
    'pact.txt': [
      'Fishing pact holds',
      'LISBON, March 20, 2025 -',
      'Trade commissioner Ana Ruiz said the fishing pact with Norway was outlined in Geneva on February 20.',
      'Prime Minister Jonas Berg has long backed quotas for Norway.',
      'Norway imposed a 40% levy on salmon feed on March 3.',
    ],
    'other.txt': PORT_NEWS,
    'curbs.txt': ['Curbs suspended', 'Published: 2 November 2025', 'Beijing agreed to suspend for one year the expanded rare-earth export controls announced on October 9.', 'The United States and China also paused their port fees for a year.'],
  });

  const found = corpus.warnings;

  test('a capital is its government: "Beijing" and "China" are one actor', () => {
    assert.deepStrictEqual(found('China announced its expanded rare-earth export controls on September 14, 2025.'), ['date-conflict September 14, 2025 -> 2025-10-09']);
    assert.deepStrictEqual(found('The United States announced its expanded rare-earth export controls on September 14, 2025.'), []);
  });

  test('the same person, venue and a near date: a conflict', () => {
    assert.deepStrictEqual(found('Ana Ruiz outlined the fishing pact with Norway in Geneva on February 24, 2025.'), ['date-conflict February 24, 2025 -> 2025-02-20']);
  });
  test('someone else acted: no conflict', () => {
    assert.deepStrictEqual(found('Jonas Berg outlined the fishing pact with Norway in Geneva on February 24, 2025.'), []);
  });
  test('somewhere else: no conflict', () => {
    assert.deepStrictEqual(found('Ana Ruiz outlined the fishing pact with Norway in Oslo on February 24, 2025.'), []);
  });
  test('another rate: no conflict, the same rate: a conflict', () => {
    assert.deepStrictEqual(found('Norway imposed a 25% levy on salmon feed on March 5, 2025.'), []);
    assert.deepStrictEqual(found('Norway imposed a 40% levy on salmon feed on March 5, 2025.'), ['date-conflict March 5, 2025 -> 2025-03-03']);
  });
  test('a brief that only refers to the sourced event ("since …") dates something else', () => {
    assert.deepStrictEqual(found('Salmon farmers protested the 40% levy on feed on March 6, 2025, a few days after Norway imposed it.'), []);
    assert.deepStrictEqual(found('Norway imposed the 40% levy on salmon feed on March 6, 2025, after talks with Ana Ruiz.'), ['date-conflict March 6, 2025 -> 2025-03-03']);
  });
  test('months away is another round, a year off is a slip', () => {
    assert.deepStrictEqual(found('Norway imposed a 40% levy on salmon feed in September 2025.'), []);
    const day = (y: number, m: number, d: number) => ({ from: dayNumber(y, m, d), to: dayNumber(y, m, d) });
    assert.strictEqual(closeEnough(day(2024, 3, 3), day(2025, 3, 3)), true);
    assert.strictEqual(closeEnough(day(2025, 9, 3), day(2025, 3, 3)), false);
    assert.strictEqual(closeEnough(day(2025, 4, 20), day(2025, 3, 3)), true);
  });
});

suite('check: a deadline is its own kind of date', () => {
  const corpus = tempCorpus({
    'levy.txt': [
      'Levy stays',
      'LISBON, February 20, 2025 -',
      'Ana Ruiz, the trade commissioner, told reporters that levies of 40 per cent on salmon feed would stay until a deadline of March 30.',
    ],
    'other.txt': PORT_NEWS,
  });

  test('talks dated beside a deadline are not contradicted by it; the deadline itself is', () => {
    assert.deepStrictEqual(corpus.warnings('Trade commissioner Ana Ruiz finished a round of talks in Geneva on Monday, March 3, 2025, while levies on salmon feed stayed in place.'), []);
    assert.deepStrictEqual(corpus.warnings('Ana Ruiz said the levies on salmon feed would stay until a deadline of April 3, 2025.'), ['date-conflict April 3, 2025 -> 2025-03-30']);
  });
});
