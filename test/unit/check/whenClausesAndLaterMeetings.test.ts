// Rounds 315-318: "… lost its majority in the July 20 election when, two days later, his negotiator
// sat down with Trump": the main clause is the election's, not the later date's; and "are expected
// to meet again in early December" is a later meeting than the one of 4-5 November. Round 323: a
// sentence that also gives the claim's day, for its end ("until Nov. 21 to wind down"), answers it
// though its words are not the claim's. Round 330: "Nov. 24 to Dec. 3: IMO Assembly" gives both the
// session's first day and its last.
import * as assert from 'assert';
import { RATE_NEWS, rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a "when" clause after a dated main clause', () => {
  const corpus = tempCorpus({
    'analysis.md': [
      'How the deal was struck',
      'Published 3 September 2025',
      '',
      'The governing coalition had just lost its majority in the upper house in the July 20 election when, two days later, its chief negotiator sat down with the president in the Oval Office.',
    ],
    ...RATE_NEWS,
  });

  test('the later date has only the "when" clause’s words', () => {
    const later = corpus.engine().snapshot().facts.find((f) => f.date.text === 'two days later');
    assert.ok(later && !later.terms.includes('majority') && later.terms.includes('negotiator'), later?.terms.join(','));
  });

  test('the election’s day is not held to the meeting two days after it', () => {
    assert.deepStrictEqual(corpus.warnings('The coalition lost its upper-house majority in the vote of 2025-07-20.'), []);
  });

  test('the meeting is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The chief negotiator sat down with the president in the Oval Office on 24 July 2025.'), ['date-conflict 24 July 2025 -> 2025-07-22']);
  });
});

suite('check: a meeting "again" is a later one', () => {
  const corpus = tempCorpus({
    'timeline.md': ['# The talks so far', 'Updated 20 November 2025', '', '| Date | Step |', '|---|---|', '| 4-5 Nov 2025 | Negotiators meet in Washington for a technical round |'],
    ...RATE_NEWS,
  });

  test('"will meet again in early December" is not the November round', () => {
    assert.deepStrictEqual(corpus.warnings('Negotiators will meet again in early December 2025.'), []);
  });

  test('the round itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Negotiators met in Washington for a technical round on 12 November 2025.'), ['date-conflict 12 November 2025 -> 2025-11-04']);
  });
});

suite('check: a summit is a meeting', () => {
  const corpus = tempCorpus({
    'analysis.md': [
      'After the truce',
      'Published 20 November 2025',
      '',
      'After Donald Trump and Xi Jinping met in Busan on Oct. 30, the commerce ministry said on Nov. 1 that it would consider exemptions case by case.',
    ],
    ...RATE_NEWS,
  });

  test('"their summit in Busan took place on 31 October" is held to "met in Busan on Oct. 30"', () => {
    assert.deepStrictEqual(corpus.warnings('Trump and Xi’s summit in Busan took place on 31 October 2025.'), ['date-conflict 31 October 2025 -> 2025-10-30']);
  });
});

suite('check: a sentence that gives the claim’s day in words the claim does not use', () => {
  const corpus = tempCorpus({
    'analysis.md': ['Barrels for relief', '', 'When the U.S. Treasury blacklisted Rosneft and Lukoil on Oct. 22, it gave buyers until Nov. 21 to wind down their dealings with the two companies.'],
    ...rateNews(30),
  });

  test('"the wind-down ran out on 21 November" is answered by "until Nov. 21 to wind down", not held to Oct. 22', () => {
    assert.deepStrictEqual(corpus.warnings('The 30-day wind-down for Rosneft and Lukoil business ran out on Friday, 21 November 2025.'), []);
  });

  test('the blacklisting is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The Treasury blacklisted Rosneft and Lukoil on 23 October 2025.'), ['date-conflict 23 October 2025 -> 2025-10-22']);
  });
});

suite('check: two days of one sentence written as a span', () => {
  const corpus = tempCorpus({
    'letter.md': ['Bridge deck', 'Published 7 November 2025', '', '## Coming up', '', '- Nov. 17: Comment period closes', '- Nov. 24 to Dec. 3: IMO Assembly, 34th session, London.'],
    ...rateNews(30),
  });

  test('"opens on 24 November" is answered by "Nov. 24 to Dec. 3", not held to its end', () => {
    assert.deepStrictEqual(corpus.warnings('The IMO Assembly’s 34th session opens in London on 24 November 2025.'), []);
  });

  test('a day outside the span still warns', () => {
    assert.strictEqual(corpus.warnings('The IMO Assembly’s 34th session opens in London on 20 November 2025.').length, 1);
  });
});

// Round 771 (measured first): "The safeguard itself expires on 30 June 2027 and cannot be extended
// again under WTO rules" was not held to "The UK steel safeguard expires on 30 June 2026 and cannot be
// extended further": an "again" after the date is another act's, not a later occurrence of the expiry.
suite('check: an again after the date', () => {
  const corpus = tempCorpus({
    ...RATE_NEWS,
    'safeguard.txt': ['Steel talks shelved', '', 'LONDON, Sept 19, 2025 (Wire) - The UK steel safeguard expires on 30 June 2026 and cannot be extended further under World Trade Organization rules.'],
  });

  test('a year slip in the expiry is found', () => {
    assert.deepStrictEqual(corpus.warnings('- The safeguard itself expires on 30 June 2027 and cannot be extended again under WTO rules.'), ['date-conflict 30 June 2027 -> 2026-06-30']);
  });
});
