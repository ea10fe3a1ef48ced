// Round 413: "The AGOA programme lapsed on Sept. 29, 2025" shared only "AGOA" with "| 30 September
// 2025 | AGOA expires |", too little to be held to it. What ran out, lapsed or expired (its expiry)
// is one word to the matcher.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = [
  '# AGOA at a glance',
  '',
  '| Date | Step | Note |',
  '|---|---|---|',
  '| 18 May 2000 | AGOA signed into law | Part of the Trade and Development Act |',
  '| 30 September 2025 | AGOA programme expires | Congress passed no renewal; garment exporters exposed |',
];

suite('check: expiries in other words', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('"ran out", "lapsed", "expired" and "expiry" are one word', () => {
    assert.deepStrictEqual(contentTerms('ran out, lapsed, expired, expiry, runs out'), ['expir', 'expir', 'expir', 'expir', 'expir']);
  });

  test('a lapse on another day than the expiry is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- The AGOA programme lapsed on Sept. 29, 2025, leaving garment exporters exposed.'), ['date-conflict Sept. 29, 2025 -> 2025-09-30']);
  });

  test('on its day it is borne out', () => {
    assert.deepStrictEqual(corpus.warnings('- The AGOA programme ran out on Sept. 30, 2025, leaving garment exporters exposed.'), []);
  });
});
