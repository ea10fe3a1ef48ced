// Held-out rounds 111-114: a portal that shut is not dated by the day it opened; a hearing that
// began is not dated by the day rebuttals are due; "Watch for … in early December" is a forecast;
// refusing to take back remarks comes after them; "last updated 1 Nov 2025" in an italic line and
// "Publié le 01/10/2025" date their pages.
import * as assert from 'assert';
import { findDateline } from '../../../src/core/dates/documentDate';
import { writesDayFirst } from '../../../src/core/dates/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: closings, deadlines, forecasts and retractions', () => {
  const corpus = tempCorpus({
    'review.md': [
      '# Trade pact review: a timeline',
      '',
      'Last updated 28 November 2025',
      '',
      '| Date | Event |',
      '|---|---|',
      "| 22 Sep 2025 | Valdor's online consultation portal opens |",
      '| 17 Nov 2025 | Public hearing opens in Washington |',
    ],
    'live.md': [
      '# Live: the review hearing, day one',
      '',
      '*Live coverage · last updated 17 Nov 2025, 18:05*',
      '',
      '**09:00** The hearing opened this morning. Post-hearing rebuttal comments are due Nov. 26, one week after the final session.',
      '',
      '**11:00** Reminder: Foreign Minister Lena Ortiz visited Ruritania from 12 to 15 October for talks on the pact.',
    ],
    'remarks.txt': [
      'Prime minister stirs a row',
      'Publié le 12/11/2025 à 09h12',
      'Answering an opposition lawmaker in the budget committee on November 7, Prime Minister Mara Tenno said a blockade of the strait could threaten national survival.',
    ],
    ...RATE_NEWS,
  });

  test('"its portal shut on Friday, 31 October" is not answered by the day the portal opened', () => {
    assert.deepStrictEqual(corpus.warnings("Valdor's consultation portal shut on Friday, 31 October 2025."), []);
  });

  test('"the hearing began on 17 November" is not answered by the day rebuttals are due', () => {
    assert.deepStrictEqual(corpus.warnings('The hearing began on 17 November 2025 and lasted three days, with rebuttals due a week after it closed.'), []);
  });

  test('a forecast ("Watch for a follow-up in early December") is not checked', () => {
    assert.deepStrictEqual(corpus.warnings('Watch for a ministerial follow-up visit to Ruritania in early December 2025.'), []);
  });

  test('refusing to take back remarks is not dated by the remarks', () => {
    assert.deepStrictEqual(corpus.warnings('On Monday, Nov. 10, 2025, Mara Tenno told lawmakers in the budget committee she would not take back her remarks.'), []);
  });

  test('the remarks themselves, dated otherwise, still warn', () => {
    assert.deepStrictEqual(corpus.warnings('Prime Minister Mara Tenno told the budget committee on November 8, 2025 that a blockade of the strait could threaten national survival.'), ['date-conflict November 8, 2025 -> 2025-11-07']);
  });
});

suite('dates: page labels in italics, lower case and French', () => {
  test('"*Live coverage · last updated 1 Nov 2025, 13:05*" dates the page', () => {
    assert.strictEqual(findDateline(['# LIVE: leaders meet', '', '*Live coverage · all times local · last updated 1 Nov 2025, 13:05*'].join('\n'))?.date, '2025-11-01');
  });

  test('"Publié le 01/10/2025" is read day first', () => {
    assert.strictEqual(writesDayFirst('Publié le 01/10/2025 à 09h12'), true);
  });
});
