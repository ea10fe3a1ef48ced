// Round 439: "Trump arrived in Tokyo and was received by Emperor Naruhito on 26 October" was not held
// to "He was received by Emperor Naruhito at the Imperial Palace the same afternoon" (the 27th): the
// palace was taken for another venue than Tokyo. A building or grounds is inside some city.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const BLOG = ['# Trump in Japan: live', '', '**Tuesday 28 October 2025**', '', '**08:30** Recap of yesterday: Trump landed at Haneda on Monday afternoon. He was received by Emperor Naruhito at the Imperial Palace the same afternoon before heading to his hotel.'];

suite('check: a building is no other venue', () => {
  const corpus = tempCorpus({ 'blog.md': BLOG, ...RATE_NEWS });

  test('received in Tokyo is dated by the palace’s day', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump arrived in Tokyo and was received by Emperor Naruhito on 26 October 2025.'), ['date-conflict 26 October 2025 -> 2025-10-27']);
  });

  test('on the palace’s day it stands', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump arrived in Tokyo and was received by Emperor Naruhito on 27 October 2025.'), []);
  });
});
