// Rounds 408, 413, 429: a brief's start ("came into effect on 8 March") was taken as supported by
// a source date of another kind on that day (the announcement), though a close source match gives
// the start itself on another day. When one does, only a date of the start can support the brief.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# Canola: a timeline', '', '| Date | Step | Side |', '| --- | --- | --- |', '| March 8, 2025 | Beijing announces retaliatory 100% tariffs on canola oil, meal and peas and 25% on pork and seafood | China |', '| March 20, 2025 | The 100% tariffs on canola oil and meal enter into force | China |'];
const ANALYSIS = ['# Canola caught in the middle', '', 'First, on March 8, 2025, China announced extra tariffs of 100% on Canadian canola oil, canola meal and peas, and of 25% on Canadian pork and some seafood.'];

suite('check: a saying does not support a start', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, 'analysis.md': ANALYSIS, ...RATE_NEWS });

  test('a start on the day of the announcement, not of the start, warns', () => {
    assert.deepStrictEqual(corpus.warnings("- China's retaliatory 100% tariffs on canola oil, meal and peas came into effect on 8 March 2025."), ['date-conflict 8 March 2025 -> 2025-03-20']);
  });

  test('the start on its own day does not', () => {
    assert.deepStrictEqual(corpus.warnings("- China's retaliatory 100% tariffs on canola oil, meal and peas came into effect on 20 March 2025."), []);
  });

  test('the announcement on its own day does not', () => {
    assert.deepStrictEqual(corpus.warnings("- China announced its retaliatory 100% tariffs on canola oil, meal and peas on 8 March 2025."), []);
  });
});
