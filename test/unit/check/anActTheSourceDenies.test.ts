// Round 424: "Singapore's trade ministry announced the start date on 31 October 2025" (right) was
// held to "Oct. 1 came and went without the duty being collected, and no new start date was
// announced": a source that says an act did not happen dates no such act.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const ANALYSIS = ['# Singapore waits on pharma duties', '', 'Oct. 1, 2025 came and went without the duty on Singapore medicines being collected, and no new start date was announced by Singapore’s trade ministry.'];

suite('check: an act the source denies', () => {
  const corpus = tempCorpus({ 'analysis.md': ANALYSIS, ...RATE_NEWS });

  test('"no new start date was announced" does not date an announcement', () => {
    assert.deepStrictEqual(corpus.warnings("- Singapore's trade ministry announced the new start date on 31 October 2025."), []);
  });

  test('what the source does date is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- 2 October 2025 came and went without the duty on Singapore medicines being collected.'), ['date-conflict 2 October 2025 -> 2025-10-01']);
  });
});
