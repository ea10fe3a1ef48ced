// Round 690 (held out): "The trade negotiations themselves had been formally reopened in Brussels in
// July 2022" (wrong: relaunched on Friday, June 17) was let pass: "formally relaunched negotiations
// …, ending a pause of nearly nine years" was read as a pause, set against the brief's reopening.
// A relaunch, and the end of a pause, take a thing up again.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a relaunch that ends a pause', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'relaunch.txt': ['Talks relaunched', '', 'Published: 2022-06-17 21:05', '', 'India and the European Union on Friday formally relaunched negotiations for a free trade agreement in Brussels, ending a pause of nearly nine years.'],
  });

  test('a reopening is dated by the relaunch', () => {
    assert.deepStrictEqual(corpus.warnings('The trade negotiations had been formally reopened in Brussels in July 2022.'), ['date-conflict July 2022 -> 2022-06-17']);
  });
});
