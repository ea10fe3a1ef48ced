// Round 415: "Mexican growers challenged the tomato duty at the U.S. Court of International Trade on
// 12 August" (a day no source gives) was held to the day the duty began to apply: to challenge a
// measure is to answer it, as to condemn or reject it is, and a source that tells only the measure
// does not date the answer. (The noun, "heard the tariff challenge", names a case, not an answer.)
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# Tomatoes', '', '| Date | Step | What happened |', '|---|---|---|', '| Jul. 14, 2025 | Tomato duty | Antidumping duty of 17.09% begins to apply to most Mexican fresh tomatoes |'];

suite('check: challenging a measure answers it', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('the growers’ challenge is not dated by the duty', () => {
    assert.deepStrictEqual(corpus.warnings('- Mexican growers challenged the 17.09% tomato duty at the U.S. Court of International Trade on 12 August.'), []);
  });

  test('the duty itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The 17.09% antidumping duty on Mexican fresh tomatoes began to apply on 12 August.'), ['date-conflict 12 August -> 2025-07-14']);
  });
});
