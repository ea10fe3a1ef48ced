// Round 659 (held out, measured first): "The political conclusion was announced at the Mercosur
// leaders' meeting on Friday, December 6", in a brief of 2025, was told December 6, 2025 is a
// Saturday; the sources date a Friday, December 6 in 2024, and the year was only lent by the brief.
// Round 665 (held out): "open for comments from 6 February to 6 March 2023" was flagged against an
// undated page's "from Feb. 6 to March 6", read in 2024 where the corpus's dated sources put that day,
// though the page says "the second half of 2023 will be a learning period": it was written by 2023.
// (The last test guards that reading; the round's own corpus, not this small one, drew the warning.)
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a lent year against the sources’ day; a page written by a year it looks ahead to', () => {
  const mercosur = tempCorpus({
    ...rateNews(24),
    'split.txt': ['Commission splits Mercosur deal', '', 'BRUSSELS, Sept. 3, 2025 (Wire) - The Commission announced the political conclusion of the deal in Montevideo on Dec. 6 last year.'],
  });

  test('the weekday of the sources’ day in the year before is no slip', () => {
    assert.deepStrictEqual(mercosur.warnings('The proposal went to the Council on September 3, 2025.\nThe conclusion was announced in Montevideo on Friday, December 6.'), []);
  });

  test('a weekday that fits no year the sources tell still is', () => {
    assert.deepStrictEqual(mercosur.warnings('The proposal went to the Council on September 3, 2025.\nThe conclusion was announced in Montevideo on Thursday, December 6.').length, 1);
  });

  // (Unrelated news of another decade: no source of 2023 or 2025 stands near February.)
  const oldNews = Object.fromEntries(Array.from({ length: 24 }, (_, k) => [`old-${k + 1}.txt`, [`Rates ${k + 1}`, `LONDON, March ${k + 1}, 2015 -`, `The central bank held interest rates on March ${k + 1} as inflation eased.`]]));
  const subsidies = tempCorpus({
    ...oldNews,
    'rules.txt': [
      'Foreign subsidy rules begin to apply',
      '',
      'Companies face new scrutiny after the Foreign Subsidies Regulation began to apply on Wednesday. A draft of the implementing text had been put out for comments from Feb. 6 to March 6, and business groups had complained about it.',
      '',
      'Lawyers say the second half of 2023 will be a learning period for both sides.',
    ],
    'probe.txt': ['Brussels opens first in-depth subsidy probe', 'Published: 2024-02-16 15:42', '', 'The Commission on Friday opened its first in-depth investigation of a bid under the Foreign Subsidies Regulation.'],
    'later.txt': ['Commission widens subsidy checks', 'Published: 2024-02-20 09:00', '', 'The Commission said on Tuesday it had received more notifications of foreign subsidies.'],
  });

  test('a page’s past days are not put after the year it looks ahead to', () => {
    assert.deepStrictEqual(subsidies.warnings('The draft implementing text had been open for comments from 6 February to 6 March 2023.'), []);
  });
});
