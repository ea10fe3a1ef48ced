// Which date of a source sentence tells what: a bare year after "since" is a bound and tells no
// event ("its worst day since 1997 earlier this week" is the week's); a clause on a perfect
// participle ("…, having suffered …") shares the sentence's subject; and a measure's start ("the
// rate, which bit from 4 June") is not answered by the day of a summit.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: participles, bounds and occasions', () => {
  const corpus = tempCorpus({
    'markets.html': [
      '<p>發佈日期: 2025-04-09 21:15</p>',
      '<p>Harbour Markets Daily</p>',
      '<p>The Pearl Composite Index ended a little higher today after a choppy session, having suffered its worst day since 1997 earlier this week.</p>',
    ],
    ...RATE_NEWS,
  });

  test('"having suffered its worst day … earlier this week" is not today’s', () => {
    assert.deepStrictEqual(corpus.warnings('The Pearl Composite Index suffered its worst session since 1997 on April 7, 2025.'), []);
    // What happened today is still today's.
    assert.deepStrictEqual(corpus.warnings('The Pearl Composite Index ended a little higher on April 8, 2025 after a choppy session.'), ['date-conflict April 8, 2025 -> 2025-04-09']);
  });

});

suite('check: a start against an occasion', () => {
  const explainer = tempCorpus({
    'summit.md': [
      '# Explainer: the UK and the EU',
      'When the US raised duties on steel to 50% on 4 June, British steel stayed at 25%.',
      'At their first summit, held in London on 19 May, the two sides agreed to talk about food checks, and extended fishing access to UK waters until 2038.',
    ],
    ...RATE_NEWS,
  });

  test('a start is not dated by a summit', () => {
    // The summit agreed the deal; when it applied, the explainer does not say.
    assert.deepStrictEqual(explainer.warnings('The deal on food checks and fishing access to UK waters, which applied from 4 June, was extended.'), []);
  });
});
