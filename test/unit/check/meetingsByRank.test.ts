// Round 419: "Officials plan a deputies' video call on 24 September to draft the TikTok documents" (a
// day no source gives) was held to "| Sept. 19, 2025 | Leaders' call (planned) | Trump and Xi
// expected to sign off on the TikTok deal |": a call named by the rank of who takes part is not
// one of another rank.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# TikTok talks', '', '| Date | Step | Note |', '|---|---|---|', "| Sept. 19, 2025 | Leaders' call (planned) | Trump and Xi expected to sign off on the TikTok deal |"];

suite('check: meetings by rank', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('a deputies’ call is not the leaders’ call', () => {
    assert.deepStrictEqual(corpus.warnings("- Officials plan a deputies' video call on 24 September to draft the TikTok documents."), []);
  });

  test('the leaders’ call itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("- The leaders' call to sign off on the TikTok deal was planned for 24 September."), ['date-conflict 24 September -> 2025-09-19']);
  });
});
