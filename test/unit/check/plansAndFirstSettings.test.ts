// A brief may date a plan or a first setting on purpose ("was slated to start on October 15", "the
// original deadline was March 9"): what happened later does not contradict it. A source that
// speaks of the plan too still can.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: plans and first settings', () => {
  const corpus = tempCorpus({
    'ledger.md': [
      '# Grain Ledger, issue 147',
      '',
      '| Date | Event |',
      '|---|---|',
      '| Oct 22, 2024 | Ruritania steel surtax comes into force |',
      '| Sep 9, 2025 | Canola probe deadline extended to March 9, 2026 |',
    ],
    'column.txt': ['Opinion: the canola trap', 'Meanwhile the canola probe ticks on toward its March 2026 deadline, and growers wait.'],
    'advisory.md': ['# Customer advisory: port fees', '', 'This advisory was first issued on 19 September 2025 and sets out the surcharge on China-built vessels.'],
    'hearing.txt': ['Hearings on shipbuilding', 'Published: April 2, 2025', 'Public hearings on the shipbuilding proposal were held on March 24, 25 and 26, 2025.'],
    'release.txt': ['Finance release', 'Published: August 26, 2024', 'The Ruritania steel surtax is scheduled to start on November 1, 2024, officials said.'],
    ...RATE_NEWS,
  });

  test('a plan the brief dates is not contradicted by what happened', () => {
    assert.deepStrictEqual(corpus.warnings('The Ruritania steel surtax was slated to start on October 15, 2024.').filter((w) => w.includes('2024-10-22')), []);
  });

  test('a first deadline is not contradicted by the current one', () => {
    assert.deepStrictEqual(corpus.warnings('The canola probe’s original deadline, before the first extension, was March 9, 2025.'), []);
  });

  test('the same claims without the plan still warn', () => {
    assert.deepStrictEqual(corpus.warnings('The Ruritania steel surtax came into force on October 15, 2024.'), ['date-conflict October 15, 2024 -> 2024-10-22']);
  });

  test('"a separate hearing" is not the hearings the source dates', () => {
    assert.deepStrictEqual(corpus.warnings('A separate hearing on shipbuilding cranes was held on May 19, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The public hearings on the shipbuilding proposal were held on May 19, 2025.').map((w) => w.split(' -> ')[0]), ['date-conflict May 19, 2025']);
  });

  test('a revision is not dated by the first issue', () => {
    assert.deepStrictEqual(corpus.warnings('Revision 2 of the port-fee surcharge advisory was issued on Tuesday, 4 November 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The port-fee surcharge advisory was first issued on 20 September 2025.'), ['date-conflict 20 September 2025 -> 2025-09-19']);
  });
});
