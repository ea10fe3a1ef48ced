// Round 408: "Commerce's Bureau of Industry and Security formally opened the inquiry on 22 April
// 2024" shared only names with the release "The Bureau of Industry and Security today initiated an
// investigation …": a probe, an inquiry and an investigation are one thing, and now one word.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const RELEASE = [
  'Commerce Department press release',
  'April 22, 2025',
  '',
  "WASHINGTON - The U.S. Department of Commerce's Bureau of Industry and Security (BIS) today initiated an investigation under Section 232 of the Trade Expansion Act of 1962 to determine whether imports of processed critical minerals threaten national security. The investigation was opened as the President's order of April 15, 2025 directed.",
];

suite('check: a probe, an inquiry, an investigation', () => {
  const corpus = tempCorpus({ 'release.txt': RELEASE, ...RATE_NEWS });

  test('are one word', () => {
    assert.deepStrictEqual(contentTerms('probe inquiry enquiries investigation'), contentTerms('investigation investigation investigation investigation'));
  });

  test('an inquiry opened in another year than the release’s investigation is a slip of the year', () => {
    assert.deepStrictEqual(corpus.warnings("- Commerce's Bureau of Industry and Security formally opened the inquiry on 22 April 2024."), ['date-conflict 22 April 2024 -> 2025-04-22']);
  });

  test('in its year it is borne out', () => {
    assert.deepStrictEqual(corpus.warnings("- Commerce's Bureau of Industry and Security formally opened the inquiry on 22 April 2025."), []);
  });
});
