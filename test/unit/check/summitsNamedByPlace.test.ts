// Round 417: "Trump and Lee held their Gyeongju summit on 30 October 2025" (a day off) was not held
// to "| Oct. 29, 2025 | Lee-Trump summit in Gyeongju |": "Gyeongju summit" was read as a summit
// named by who holds it, not the "Lee-Trump summit". A summit's name the source's sentence gives
// too is the same summit. Nor does "Trump met Xi in Busan on Oct. 30" in another source mean the
// sources disagree on the date of Lee's summit: that meeting had other people in it.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# Shipbuilding and the alliance', '', '| Date | Event | Who | Status |', '|---|---|---|---|', '| Aug. 25, 2025 | First Lee-Trump summit | White House | Held |', '| Oct. 29, 2025 | Lee-Trump summit in Gyeongju | Presidents Lee and Trump | Held |'];
const ANALYSIS = ['# The Philly front line', '', 'The sanctions proved short-lived. On Oct. 29, Trump and Lee met in Gyeongju and moved closer to a deal on the investment pledge. Trump met Chinese President Xi Jinping in Busan on Oct. 30.'];

suite('check: a summit named by its place', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('"their Gyeongju summit" is the Lee-Trump summit in Gyeongju', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump and Lee held their Gyeongju summit on 30 October 2025.'), ['date-conflict 30 October 2025 -> 2025-10-29']);
  });
});

suite('check: another meeting on the claim’s day', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, 'analysis.md': ANALYSIS, ...RATE_NEWS });

  test('with other people in it, is no disagreement of the sources', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump and Lee held their Gyeongju summit on 30 October 2025.'), ['date-conflict 30 October 2025 -> 2025-10-29']);
    assert.deepStrictEqual(corpus.warnings('- Trump and Lee held their Gyeongju summit on 29 October 2025.'), []);
  });
});
