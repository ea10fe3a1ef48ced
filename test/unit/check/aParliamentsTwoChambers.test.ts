// Round 646 (held out, measured first). "The lower house endorsed ratification on 10 July 2012" was
// flagged against "the Federation Council, the upper house of parliament, endorsed the ratification
// on Wednesday": a parliament's two chambers, named by rank ("lower house", "upper house") or by
// name (Duma, Federation Council, Commons, Lords), vote on different days.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a parliament’s lower and upper chambers are two bodies', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'signs.txt': [
      'Putin signs WTO law',
      '',
      'MOSCOW, July 21, 2012 (Wire) - President Vladimir Putin on Saturday signed the law ratifying Russia\'s accession to the World Trade Organization. The signature came three days after the Federation Council, the upper house of parliament, endorsed the ratification on Wednesday.',
    ],
  });

  test('the lower house is not answered by the upper house’s day', () => {
    assert.deepStrictEqual(corpus.warnings('The lower house endorsed ratification of the accession on 10 July 2012.'), []);
  });

  test('the upper house still is', () => {
    assert.deepStrictEqual(corpus.warnings('The upper house endorsed ratification of the accession on 11 July 2012.'), ['date-conflict 11 July 2012 -> 2012-07-18']);
  });
});
