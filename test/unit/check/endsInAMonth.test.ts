// Round 359: "That consultation ran for six weeks and shut in late November" was held to "ran a
// six-week consultation from 14 October": "shut in" is an end, as "shut on" was, and a start does not
// date it.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: an end told with "in"', () => {
  const corpus = tempCorpus({
    'explainer.md': ['# UK trade this autumn', 'Updated 1 December 2025', '', 'The Department for Business and Trade ran a six-week consultation on the steel safeguard from 14 October.'],
    ...RATE_NEWS,
  });

  test('"shut in late November" is not held to the start', () => {
    assert.deepStrictEqual(corpus.warnings('The consultation on the steel safeguard ran for six weeks and shut in late November 2025.'), []);
  });

  test('the start is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The Department for Business and Trade opened its consultation on the steel safeguard on 21 October 2025.'), ['date-conflict 21 October 2025 -> 2025-10-14']);
  });
});
