// Round 282. "The July letter had set 1 August 2025 as the start of the 30% tariff, a date that was
// later pushed back by a week": the brief dates the first setting and says so after its date. The
// day the tariff did start (7 August) does not contradict it; a brief that gives 1 August as the
// start it had still warns.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a date the brief says was later moved', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.txt': [
      'How South Africa came to pay 30%',
      'PRETORIA, 20 August 2025 (Wire) -',
      'Trump wrote to Pretoria on 7 July about a 30% tariff on its exports.',
      'An executive order signed on 31 July pushed the start back by a week, and the tariff has applied since 7 August 2025.',
    ],
  });

  test('"had set 1 August 2025 as the start, a date that was later pushed back" is not held to the start it had', () => {
    assert.deepStrictEqual(corpus.warnings('The July letter had set 1 August 2025 as the start of the 30% tariff, a date that was later pushed back by a week.'), []);
  });

  test('"the 30% tariff has applied since 1 August 2025" still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The 30% tariff has applied since 1 August 2025.'), ['date-conflict 1 August 2025 -> 2025-08-07']);
  });
});
