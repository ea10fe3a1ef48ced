// Round 412: "Parliament voted Takaichi in as Japan's first female prime minister on Oct. 21, 2024"
// (the year slipped) was let pass because a source sentence of another day scored higher: "On
// October 28, during the visit to Japan of President Trump, Prime Minister Takaichi …". A better
// match of another day stops a slip of the year only when it shares more than names with the claim.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const RELEASE = [
  'Ministry of Foreign Affairs of Japan',
  'October 28, 2025',
  '',
  'On October 28, during the visit to Japan of President Donald J. Trump, Prime Minister Sanae Takaichi of Japan and the President signed a framework on critical minerals in Tokyo.',
];
const TIMELINE = ['# How Takaichi came to power', '', '| Date | Step | What happened |', '|---|---|---|', '| Oct. 4, 2025 | Party vote | Takaichi wins the LDP leadership in a runoff |', '| Oct. 21, 2025 | Diet vote | Takaichi elected prime minister by parliament |'];

suite('check: a slip of the year beside a match of names only', () => {
  const corpus = tempCorpus({ 'release.txt': RELEASE, 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('the vote a year off is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings("- Parliament voted Takaichi in as Japan's first female prime minister on Oct. 21, 2024."), ['date-conflict Oct. 21, 2024 -> 2025-10-21']);
  });

  test('in its year it is borne out', () => {
    assert.deepStrictEqual(corpus.warnings("- Parliament voted Takaichi in as Japan's first female prime minister on Oct. 21, 2025."), []);
  });
});
