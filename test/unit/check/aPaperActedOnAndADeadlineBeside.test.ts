// Round 655 (held out, measured first): "The Enhanced Trade Partnership agreed at a virtual
// Johnson–Modi summit in May 2020" went unflagged against "Boris Johnson and Narendra Modi agreed an
// 'Enhanced Trade Partnership' at a virtual summit in May last year" (2021): the brief's clause opens
// on the paper, which was acted on, and the source's on who acted, so they were taken for two acts.
// Round 656 (held out): "Trump's threatened 30% tariff on Mexican goods, due to begin on September 1"
// was not set against "a 30 percent tariff on Mexican goods from Aug. 1, a deadline now two weeks
// away": the deadline beside the date made the source's fact a deadline, of another kind than a tariff.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a paper acted on; a deadline set beside a date', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'launch.txt': [
      'Britain and India launch trade talks',
      '',
      'NEW DELHI, Jan 13, 2022 (Wire) - Boris Johnson and Narendra Modi agreed an "Enhanced Trade Partnership" at a virtual summit in May last year, which set the goal of a trade deal.',
    ],
    'letter.txt': [
      'Sheinbaum says tomatoes will keep selling',
      '',
      'MEXICO CITY, July 15, 2025 (Wire) - Over the weekend, Donald Trump said in a letter that he would put a 30 percent tariff on Mexican goods from Aug. 1, a deadline now a little over two weeks away.',
    ],
  });

  test('the paper the brief opens on is dated by the source that says who agreed it', () => {
    assert.deepStrictEqual(corpus.warnings('The Enhanced Trade Partnership agreed at a virtual Johnson–Modi summit in May 2020 first put whisky on the agenda.'), ['date-conflict May 2020 -> 2021-05']);
  });

  test('a tariff’s start is dated by the deadline set beside it', () => {
    assert.deepStrictEqual(corpus.warnings("The tomato duty overlaps with Trump's threatened 30% tariff on Mexican goods, due to begin on September 1, 2025."), ['date-conflict September 1, 2025 -> 2025-08-01']);
  });
});
