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

suite('check: a same-source date that shares a sliver of the claim', () => {
  const corpus = tempCorpus({
    'talks-ended.txt': [
      'Washington ends trade talks over an advert',
      'Publié le 24/10/2025 à 14h05',
      'President Amaral said late Thursday that he was ending all work on trade negotiations with Valdor, citing a television advertisement.',
      'The advertisement, paid for by a provincial government, quoted a former president on the costs of tariffs.',
      'Lucas Ortiz, the minister responsible for Valdor-Ruritania trade, responded this morning, saying Valdor remained "ready to resume the work when our counterparts are".',
    ],
    ...RATE_NEWS,
  });

  test('Thursday\'s announcement does not speak for a claim that Ortiz responded on Thursday', () => {
    assert.deepStrictEqual(corpus.warnings('Lucas Ortiz responded on 23 October 2025 that Valdor was ready to resume the work when its counterparts were.'), ['date-conflict 23 October 2025 -> 2025-10-24']);
  });
});

suite("check: a date in the brief's own \"after\" clause", () => {
  const corpus = tempCorpus({
    'steelworks.txt': [
      'Steel safeguard tightened',
      'Published: 2025-06-30 10:00',
      'Officials say Washington wants assurances about Northmill Steel, whose plant has been run under state direction since the emergency law passed in April.',
      'The owner, Harbin Metals, had opened a consultation on closing the furnaces in late March.',
    ],
    ...RATE_NEWS,
  });

  test('"after the consultation began in late March, the UK had passed an emergency law" dates the consultation', () => {
    assert.deepStrictEqual(corpus.warnings("Less than three months after Harbin Metals' consultation began in late March 2025, the government had passed an emergency law for Northmill Steel."), []);
  });

  test('an "after" clause about what the source dates is still answered', () => {
    assert.deepStrictEqual(corpus.warnings('Weeks after Harbin Metals opened its consultation on closing the furnaces in early March 2025, the government passed an emergency law.'), ['date-conflict early March 2025 -> 2025-03']);
  });
});
