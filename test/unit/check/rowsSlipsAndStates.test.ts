// Rounds 143-148: a timeline's row is an entry of its own, so a weaker row that gives the brief's day
// does not speak for the brief; a year slip is answered by any source that knows the year; an
// "after …ing" clause after a source's date is an earlier event; a hedged best match gives way to a
// firm one of the same date; "raised from 25%" names no rate the order set; the day someone spoke of
// an event does not date it; a state held "since late October" holds in early November too; a
// protest "in a video call" is dated by the call; "National Security Agreement" and "Joint Statement"
// are papers, not people, and tell what happened as words do.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: another row of a timeline does not agree for the claim', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': [
      '# Autos: who taxed what, and when',
      '',
      '| Date | Step |',
      '|---|---|',
      '| Thu 3 Apr 2025 | U.S. 25% duty on imported vehicles starts |',
      '| Wed 9 Apr 2025 | Canada’s 25% counter-tariff on non-CUSMA U.S. vehicles starts |',
      '| Thu 1 May 2025 | Parts duty of 25% starts |',
    ],
    'wire.txt': ['Dealers count the cost', 'TORONTO, May 2, 2025 -', 'Car dealers said prices were rising after a month of duties on both sides of the border.'],
  });

  test('Canada’s counter-tariff dated by the U.S. row’s day is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('| Canada’s counter-tariff on non-CUSMA U.S. vehicles | 2025-04-03 | Still in place |'), ['date-conflict 2025-04-03 -> 2025-04-09']);
  });

  test('the U.S. duty on its own day, and the counter-tariff on its own, get no warning', () => {
    assert.deepStrictEqual(corpus.warnings('| U.S. duty on imported vehicles | 2025-04-03 | Still in place |'), []);
    assert.deepStrictEqual(corpus.warnings('| Canada’s counter-tariff on non-CUSMA U.S. vehicles | 2025-04-09 | Still in place |'), []);
  });
});

suite('check: a year slip answered by the second source that knows the year', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# Forest rules: the calendar', '', '| Date | Step |', '|---|---|', '| 29 June 2023 | Forest regulation enters into force |', '| 23 December 2024 | First one-year delay printed in the Official Journal |', '| 30 December 2025 | Obligations begin for large operators |'],
    'wire.txt': ['Parliament backs second delay', 'STRASBOURG, Nov 26 (Wire) -', 'The forest regulation came into force in June 2023. A first one-year delay, granted after trading partners complained, was printed in the Official Journal on Dec. 23, 2024.'],
  });

  test('"printed in the Official Journal on 23 December 2023" is flagged against the wire’s 2024', () => {
    assert.deepStrictEqual(corpus.warnings('The forest regulation came into force on 29 June 2023, and its first one-year delay was printed in the Official Journal on 23 December 2023.'), ['date-conflict 23 December 2023 -> 2024-12-23']);
  });
});

suite('clauses: an "after …ing" clause after a source’s date tells an earlier event', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'ad.txt': ['Ontario pulls its ad', '', 'Published: 2025-10-28', '', 'Ford’s office took the Reagan ad off American networks on Oct. 27, a Monday, after letting it run through the first games of the World Series.'],
  });

  test('the ad shown during the World Series on another day gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('The Reagan ad was shown during the first game of the World Series on Friday, October 24.'), []);
  });

  test('the ad taken off on another day is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Ford’s office took the Reagan ad off American networks on 29 October.'), ['date-conflict 29 October -> 2025-10-27']);
  });
});

suite('check: a hedged best match gives way to a firm one of the same date', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    // The update's "Thursday" may be counted from the update's day, not the dateline's: not firm.
    'farm.txt': ['Farm belt reacts to the Busan truce', 'CHICAGO, Oct 30 (Farm Wire) -', 'Soybean futures rose in early trade after the Oct. 30, 2025 meeting of the two leaders.', '', 'Update: The American Soybean Association, in a statement released on Thursday, says growers are encouraged but want the purchase volumes in writing.'],
    'wire.txt': ['Growers cautious on China deal', 'DES MOINES, Oct 31 (Wire) -', 'The American Soybean Association said in a statement on Thursday that growers were encouraged by the Oct. 30, 2025 deal but wanted the volumes in writing.'],
  });

  test('the statement dated a day late is flagged on the wire’s firm Thursday', () => {
    assert.deepStrictEqual(corpus.warnings('The American Soybean Association said on 31 October that growers were encouraged but wanted the purchase volumes in writing.'), ['date-conflict 31 October -> 2025-10-30']);
  });
});

suite('check: what a source’s rate and saying tell', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'blog.md': ['# Canada tariff live', '', '*Politics Live · Friday 24 October 2025*', '', 'The rate was raised from 25% by an order Trump signed on July 31.'],
    'apology.txt': [
      'Carney says he apologised',
      'GYEONGJU, Nov 1, 2025 (Wire) -',
      'Carney said he apologised to Trump in private during a dinner on Wednesday evening hosted by South Korean President Lee Jae-myung in Gyeongju.',
      'Trump told reporters on Thursday, before meeting Xi in Busan, that he had had a very nice conversation with Carney at the dinner.',
    ],
  });

  test('"raised from 25%" names the rate the order left, so it still dates the order that set 35%', () => {
    assert.deepStrictEqual(corpus.warnings('| 2025-07-30 | Executive order raising the rate to 35% signed |'), ['date-conflict 2025-07-30 -> 2025-07-31']);
  });

  test('a day Trump spoke of the dinner does not date the dinner', () => {
    assert.deepStrictEqual(corpus.warnings('Carney apologised to Trump in private at the dinner hosted by Lee Jae-myung in Gyeongju on 30 October.'), ['date-conflict 30 October -> 2025-10-29']);
  });
});

suite('check: a state a source says has held since an earlier day', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'oil.md': ['# Russian crude: who still buys', '', 'LONDON, 20 November 2025 -', '', 'Chinese state companies have stayed out of the seaborne market since late October, while Shandong’s independent refiners have kept buying through intermediaries.'],
  });

  test('refiners still buying in early November get no warning', () => {
    assert.deepStrictEqual(corpus.warnings('Shandong’s independent refiners kept buying through intermediaries in early November.'), []);
  });

  test('a claim of when the state began is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Chinese state companies began staying out of the seaborne market in early November.'), ['date-conflict early November -> 2025-10']);
  });
});

suite('check: a reaction voiced in a call, and papers named in capitals', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# EU and China: the autumn of export controls', '', '*Trade Desk Explained · updated 10 November 2025*', '', '- **9 October** — Beijing announces wider rare-earth export controls.', '- **15 October** — Šefčovič and Wang Wentao discuss the new controls by video call.'],
    'liveblog.md': ['# Steel deal live', '', '*Markets Live · Friday 13 June 2025*', '', '**9:58 p.m.** — The two companies say they have entered into a National Security Agreement with the U.S. Government.'],
    'union.txt': ['Union wants guarantees', 'PITTSBURGH, June 16, 2025 -', 'The union said it had not seen the text of the national security agreement that the two companies signed with the Treasury and Commerce departments on June 13, the same day President Donald Trump issued his order.'],
    'council.txt': ['Council adopts tariff regulation', 'BRUSSELS, 24 November 2025 -', 'The commitments were set out in a Joint Statement published on 21 August 2025.'],
  });

  test('"protested in a video call with Wang Wentao on 14 October" is answered by the call of the 15th', () => {
    assert.deepStrictEqual(corpus.warnings('Šefčovič protested in a video call with Wang Wentao on 14 October, asking for exemptions for European firms.'), ['date-conflict 14 October -> 2025-10-15']);
  });

  test('a "National Security Agreement" is a paper, not a person who must also be named in the source', () => {
    assert.deepStrictEqual(corpus.warnings('The national security agreement was signed by the two companies, Treasury and Commerce on 14 June.'), ['date-conflict 14 June -> 2025-06-13']);
  });

  test('the "Joint Statement" a brief and a source both name tells what happened', () => {
    assert.deepStrictEqual(corpus.warnings('- **21 July:** EU and US publish the Joint Statement.'), ['date-conflict 21 July -> 2025-08-21']);
  });
});
