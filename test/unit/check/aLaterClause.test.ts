// Round 443: "Trump announced the additional 10% on Saturday, 25 October 2025" (right) was held to
// "talks have been frozen since Trump called them off on Oct. 23 over the ad, and he has since
// threatened an additional 10% tariff": a clause joined after the date that says it came later
// tells another day.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const BLOG = ['# APEC live', '', '**Saturday, November 1, 2025**', '', '**10:20 a.m.** - Where things stand: Canada-U.S. trade talks have been frozen since President Donald Trump called them off on Oct. 23 over an Ontario ad, and he has since threatened an additional 10% tariff on Canadian goods.'];

suite('check: a clause that says it came later', () => {
  const corpus = tempCorpus({ 'blog.md': BLOG, ...RATE_NEWS });

  test('the additional tariff is not dated by the talks’ end', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump announced the additional 10% tariff on Canadian goods on Saturday, 25 October 2025.'), []);
  });

  test('the talks’ end is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump called off the Canada-U.S. trade talks over the Ontario ad on 24 October 2025.'), ['date-conflict 24 October 2025 -> 2025-10-23']);
  });
});
