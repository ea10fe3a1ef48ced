// Round 536. "WASHINGTON, July 10 (Reuters) - President Joe Biden on Wednesday signed two
// proclamations …" over one full date, history ("On May 17, 2019, Washington agreed to lift the
// duties"), was filed firmly in 2019: the date is two months before the wire's day, and July 10,
// 2019 was a Wednesday too. Every other source of the corpus was dated near the day in 2024. A wire
// whose one full date is near its day is read again in the corpus's year when the corpus puts the
// day in another one; a wire with more than one full date keeps the year they give.
import * as assert from 'assert';
import { documentDate } from '../helpers/pageDate';
import { tempCorpus } from '../helpers/tempCorpus';

const WIRE = [
  'U.S. tightens steel rules for Mexico',
  '',
  'WASHINGTON, July 10 (Wire) - President Joe Biden on Wednesday signed two proclamations requiring Mexican steel to be melted and poured in North America to enter the United States duty-free.',
  '',
  'On May 17, 2019, Washington agreed to lift the metals duties on Mexico and Canada.',
];


suite('corpus: a wire whose one full date is history', () => {
  const corpus = tempCorpus({
    'wire.txt': WIRE,
    'wire-two-dates.txt': WIRE.map((line) => line.replace('On May 17, 2019,', 'On May 17, 2019, and again on June 3, 2019,')),
    'reaction.txt': ['Steelmakers welcome the rule', 'Published: 2024-07-11 07:58', 'The union said on Wednesday that the rule would close a loophole.'],
    'mexico.txt': ['Mexico answers', 'MEXICO CITY, July 12, 2024 -', 'Mexico said it would track the origin of steel shipments.'],
  });

  test('is put in the year the corpus gives its day, where its lead’s weekday falls as well', () => {
    assert.deepStrictEqual(documentDate(corpus.engine(), 'wire.txt'), ['2024-07-10', 'dateline']);
  });

  test('a wire with two full dates near its day keeps their year', () => {
    assert.deepStrictEqual(documentDate(corpus.engine(), 'wire-two-dates.txt')[0], '2019-07-10');
  });
});
