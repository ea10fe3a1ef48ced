// Round 378: "Jakarta rejected reports that the deal was faltering on 10 December 2025" (right) was
// held to the row "| Dec. 9, 2025 | Wobble | Press report says the deal is at risk; Jakarta denies
// it the next day |": the row's next day shared fewer words with the brief than its head date did,
// for "denies" was not "rejected". A denial is a rejection (the words' test fails on the build before;
// the two checks beside it guard the row's two days).
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# Indonesia and the US deal', '', '| Date | Step | What happened |', '| --- | --- | --- |', '| Jul. 22, 2025 | Framework | Joint statement on reciprocal trade published |', '| Dec. 9, 2025 | Wobble | Press report says the deal is at risk; Jakarta denies it the next day |'];

suite('check: a row’s later part that gives its own day', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('"denied" and "rebutted" are "rejected"', () => {
    assert.deepStrictEqual(contentTerms('denied rebutted refuted'), contentTerms('rejected rejected rejected'));
  });

  test('the denial is dated by the next day, not the report’s', () => {
    assert.deepStrictEqual(corpus.warnings('- Jakarta rejected reports that the deal was faltering on 10 December 2025.'), []);
  });

  test('the report itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- A press report said the deal was at risk on 11 December 2025.'), ['date-conflict 11 December 2025 -> 2025-12-09']);
  });
});
