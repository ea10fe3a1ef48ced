// Round 592. "The agreement applied from 1 January 2021" was flagged against "came into force … at
// 11 p.m. British time on Thursday, which is midnight in Brussels": a clock time within a few hours
// of midnight is the next day (or the day before) in another time zone, so it does not contradict the
// day beside it. A day further off still does.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a clock time near midnight and the day beside it', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'pact.txt': ['Japan-Britain pact in force', '', 'TOKYO, Jan. 1, 2021 (Wire) -- The trade pact between Japan and Britain came into force at 11 p.m. British time on Thursday, which was midnight in Brussels.'],
  });

  test('the next day is not contradicted', () => {
    assert.deepStrictEqual(corpus.warnings('The trade pact between Japan and Britain came into force on 1 January 2021.'), []);
  });

  test('a day further off is', () => {
    assert.strictEqual(corpus.warnings('The trade pact between Japan and Britain came into force on 3 January 2021.').length, 1);
  });
});
