// Rounds 211-218. A timeline row's "Target for signing …" tells a signing. A date that names its paper ("the Nov. 14 order", "a memorandum on February 21",
// "the order bears the date July 30") is the day the paper was signed or issued: it answers a brief
// about that paper's acts, not one about the start it set ("with effect back to Nov. 13"). A
// newsletter's "our May 9 issue" dates the issue, not what it was about. "Phones Modi ahead of his
// birthday on Sept 17" dates the birthday, not the call; "Samsung's award" is not "TSMC's award"; a
// ministry's "own statement" is not the "joint statement"; and "posted that he expected to speak with
// Modi" dates the post, not a call.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: papers, owners and what came before', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'wire-brasilia.txt': [
      'BRASILIA, Nov 20 (Reuters) - Brazilian beef and coffee exporters welcomed the removal of the 40% U.S. duty on Thursday.',
      '',
      "The Nov. 14 order had lifted the 10% reciprocal tariff on coffee, beef and other foods from every country, but left Brazil's separate 40% duty standing.",
    ],
    'timeline.md': [
      '# Tariffs and trade deals: a running timeline',
      '',
      '*Last updated: Oct. 28, 2025*',
      '',
      '| Date | Event |',
      '|---|---|',
      "| Nov 15, 2024 | Commerce finalizes TSMC's CHIPS award of up to $6.6 billion for its Arizona fabs |",
      '| 2025-07-31 | Executive order sets new rates: Lesotho cut to 15%; South Africa 30% |',
      '| 2025-08-29 | Global suspension of de minimis takes effect at 12:01 a.m. |',
      '| Sep 16, 2025 | Brendan Lynch holds day-long talks in New Delhi. That evening Trump phones Modi ahead of his 75th birthday on Sept 17. |',
      '| 2025-10-26 | U.S. and Vietnam issue joint statement on a reciprocal trade framework in Kuala Lumpur |',
    ],
    'explainer.txt': [
      'Why coffee and beef got a tariff break',
      '',
      'Published 24 November 2025',
      '',
      'On November 13 the White House announced framework deals with Argentina, Ecuador, Guatemala and El Salvador.',
    ],
    'newsletter.md': [
      '# Screen Trade, issue 41',
      '',
      'Published: 24 October 2025',
      '',
      '- Our May 9 issue on the first round of the film tariff idea, including the appointment of Jon Voight as a special ambassador to Hollywood.',
      '',
      'On **Tuesday (Sept. 9)**, President Trump posted that the United States and India were continuing negotiations and that he expected to speak with his very good friend Prime Minister Modi in the coming weeks.',
    ],
  });

  test('"with effect back to Nov. 13" is not dated by "the Nov. 14 order had lifted" the tariff', () => {
    assert.deepStrictEqual(corpus.warnings('A separate order lifted the 40% duty on coffee and beef, with effect back to Nov. 13, 2025.'), []);
  });

  test('a brief’s "order bears the date July 30" is not the day the suspension took effect', () => {
    assert.deepStrictEqual(corpus.warnings('The global de minimis suspension order bears the date July 30, 2025.'), []);
  });

  test('"the executive order of July 30" that cut Lesotho’s rate is still flagged against the order of July 31', () => {
    assert.deepStrictEqual(corpus.warnings('Lesotho saw its rate cut from 50% to 15% by the executive order of July 30, 2025.'), ['date-conflict July 30, 2025 -> 2025-07-31']);
  });

  test('"our May 9 issue" does not date what the issue was about', () => {
    assert.deepStrictEqual(corpus.warnings("Jon Voight's film tariff proposal was first sent to the White House in late March 2025."), []);
  });

  test('a call "ahead of the prime minister’s 75th birthday" is not dated by the birthday', () => {
    assert.deepStrictEqual(corpus.warnings('That evening, September 16, 2025, Trump phoned Modi ahead of his 75th birthday.'), []);
  });

  test('"Samsung’s CHIPS award" is not dated by TSMC’s; TSMC’s put on another day still is', () => {
    assert.deepStrictEqual(corpus.warnings("Samsung's CHIPS award was finalized on December 20, 2024."), []);
    assert.deepStrictEqual(corpus.warnings("Commerce finalized TSMC's CHIPS award for its Arizona fabs on November 20, 2024."), ['date-conflict November 20, 2024 -> 2024-11-15']);
  });

  test('a ministry’s "own statement" is not the joint statement; the joint one put on the 27th is flagged', () => {
    assert.deepStrictEqual(corpus.warnings("Vietnam's Ministry of Industry and Trade followed with its own statement on 27 October 2025."), []);
    assert.deepStrictEqual(corpus.warnings('The U.S. and Vietnam issued a joint statement on a reciprocal trade framework in Kuala Lumpur on 27 October 2025.'), ['date-conflict 27 October 2025 -> 2025-10-26']);
  });

  test('a row’s "Target for signing the final agreements" is not dated by the day the frameworks were announced', () => {
    const brief = ['| When | Step |', '|---|---|', '| mid-Dec 2025 | Target for signing the final agreements with Argentina, Ecuador, Guatemala and El Salvador |'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), []);
  });

  test('"posted that he expected to speak with Modi" does not date the call itself', () => {
    assert.deepStrictEqual(corpus.warnings('Trump telephoned Prime Minister Modi on September 16, 2025, the eve of his birthday.'), []);
  });
});
