// Round 515. "WASHINGTON, May 14 (Wire) - President Joe Biden on Tuesday ordered higher tariffs …"
// over history of July 6, 2018 was filed in 2019, the one year near that date where May 14 is a
// Tuesday, and firmly so, though the text goes on to a review "launched in May 2022". A wire comes
// after the past it tells, a month told with its year included: 2024.
import * as assert from 'assert';
import { pageDate } from '../helpers/pageDate';


suite('corpus: a wire after the month it tells as past', () => {
  const lines = [
    'Biden quadruples tariff on Chinese EVs',
    '',
    'WASHINGTON, May 14 (Wire) - President Joe Biden on Tuesday ordered sharply higher tariffs on Chinese electric vehicles, chips and solar cells.',
    '',
    'The first round of duties took effect on July 6, 2018, after an investigation opened in August 2017.',
    '',
  ];

  test('a review "launched in May 2022" puts the wire after it', () => {
    assert.deepStrictEqual(pageDate([...lines, 'Trade officials launched the statutory review of those duties in May 2022.'].join('\n'))[0], '2024-05-14');
  });

  test('without it, the year beside the history still stands', () => {
    assert.deepStrictEqual(pageDate(lines.join('\n'))[0], '2019-05-14');
  });
});
