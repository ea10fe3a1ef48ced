// Round 779 (held out, measured first): "Farrell flew to Osaka on Friday, 27 October 2023" (right)
// was held to "Farrell flew home overnight" after the talks broke down, two days later: the trip out
// and the trip home are two journeys. ("had flown in on Friday" now reads as a trip too: "flown" is a travel word.)
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a trip out is no trip home', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'osaka.txt': [
      'OSAKA, Oct 30, 2023 (Wire) - Trade talks between Canberra and Brussels broke down on Sunday.',
      '',
      'Farrell flew in on Friday for a last attempt at a deal.',
      '',
      'Farrell flew home overnight and will brief cabinet colleagues this week.',
    ],
  });

  test('the flight out is not dated by the flight home', () => {
    assert.deepStrictEqual(corpus.warnings('- Farrell flew to Osaka on Friday, 27 October 2023, for a last attempt at a deal.'), []);
  });

  test('the flight out is still checked against the day it was made', () => {
    assert.deepStrictEqual(corpus.warnings('- Farrell flew to Osaka on 25 October 2023 for a last attempt at a deal.'), ['date-conflict 25 October 2023 -> 2023-10-27']);
  });
});
