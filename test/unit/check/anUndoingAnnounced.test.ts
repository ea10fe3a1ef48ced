// Round 441: "The 90-day suspension of reciprocal rates was announced on 2025-04-09" (right) was held
// to "| 2 Apr 2025 | 30% rate announced | …": a suspension told as announced ("the suspension … was
// announced on") is an undoing, as "announced the suspension of … on" was, and the rates' own
// announcement does not date it.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# South Africa and the US tariff', '', '| Date | Step | Detail |', '| --- | --- | --- |', '| 2 Apr 2025 | 30% rate announced | South Africa listed at 30% in the reciprocal tariff schedule |', '| 7 Aug 2025 | 30% in force | Reciprocal rate applies to South African goods |'];

suite('check: an undoing told as announced', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('the suspension’s announcement is not dated by the rates’', () => {
    assert.deepStrictEqual(corpus.warnings('- The 90-day suspension of the reciprocal rates was announced on 2025-04-09.'), []);
  });

  test('the rates’ own announcement is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The 30% reciprocal rate for South Africa was announced on 2025-04-03.'), ['date-conflict 2025-04-03 -> 2025-04-02']);
  });
});
