// Round 433: "Ottawa rolled out its C$1.2 billion lumber aid package on Aug. 8, 2025" was not held to
// "…, part of the C$1.2 billion package Prime Minister Mark Carney announced on August 5, will accept
// applications …": the "will" after the comma was read as what was announced, so the date as a
// saying's about something ahead. A comma closes the relative clause; the "will" is the sentence's.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const NEWSLETTER = ['# Timber Desk', '', '## December 31, 2025', '', "Ottawa's loan guarantee program for softwood producers, part of the C$1.2 billion package Prime Minister Mark Carney announced on August 5, will accept applications for 90 days starting January 15."];

suite('check: a saying in a relative clause', () => {
  const corpus = tempCorpus({ 'newsletter.md': NEWSLETTER, ...rateNews(12) });

  test('the package is dated by the day it was announced', () => {
    assert.deepStrictEqual(corpus.warnings('- Ottawa rolled out its C$1.2 billion lumber aid package on Aug. 8, 2025.'), ['date-conflict Aug. 8, 2025 -> 2025-08-05']);
  });

  test('on that day it stands', () => {
    assert.deepStrictEqual(corpus.warnings('- Ottawa rolled out its C$1.2 billion lumber aid package on Aug. 5, 2025.'), []);
  });
});
