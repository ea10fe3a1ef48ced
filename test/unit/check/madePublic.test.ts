// Round 420: "Canberra's decision … was made public on 25 July 2025" was not held to the timeline's
// "| 24 Jul 2025 | Australia announces it will allow U.S. beef … |": a day something was made public
// was read only as a press report's. Made public by its makers, it is the day they told it.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# Beef access: a timeline', '', '| Date | Step |', '| --- | --- |', '| 24 Jul 2025 | Australia announces it will allow U.S. beef from cattle born in Canada or Mexico |', '| 7 Aug 2025 | New Zealand tariff rate rises to 15% |'];
const DUTCH = ['Dutch order on chipmaker', 'THE HAGUE, Oct 14, 2025 -', 'The Dutch government took control of the chipmaker Nexperia under an emergency law, an order it made public on Oct. 12.'];

suite('check: made public by its makers', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, 'dutch.txt': DUTCH, ...RATE_NEWS });

  test('"made public" on another day than the announcement warns', () => {
    assert.deepStrictEqual(corpus.warnings("- Australia's decision to allow US beef from Canadian- and Mexican-born cattle was made public on 25 July 2025."), ['date-conflict 25 July 2025 -> 2025-07-24']);
  });

  test('"made public" on the announcement day does not', () => {
    assert.deepStrictEqual(corpus.warnings("- Australia's decision to allow US beef from Canadian- and Mexican-born cattle was made public on 24 July 2025."), []);
  });

  test('an announcement held to the day a source says it was made public', () => {
    assert.deepStrictEqual(corpus.warnings('- The Dutch government announced its Nexperia order on Oct. 13, 2025.'), ['date-conflict Oct. 13, 2025 -> 2025-10-12']);
  });

  test('a press report is still not the announcement', () => {
    assert.deepStrictEqual(corpus.warnings("- Australia's decision to allow US beef from Canadian- and Mexican-born cattle was first reported on 25 July 2025."), []);
  });
});
