// Round 433: "On 6 October the truck start date was postponed by a month", true to a source's "On
// Oct. 6 the president said the start would move to Nov. 1", was held to "later set the November
// start date": the day of a move is answered only by a source that tells a move, not by the start
// it moved nor by the announcement before it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const RELEASE = ['Commerce on heavy trucks', '', 'October 17, 2025', '', 'The President first announced a tariff on heavy trucks in September, originally to take effect on October 1, and later set the November start date to give the Department time to finish its work on truck parts.'];
const EXPLAINER = ['# Trucks and timber', '', '**The truck date slipped.** A Sept. 25 post promised 25% on heavy trucks from Oct. 1. On Oct. 6 the president said the start would move to Nov. 1, and the proclamation signed on Oct. 17 confirmed that date.'];

suite('check: the day of a move', () => {
  const corpus = tempCorpus({ 'release.txt': RELEASE, 'explainer.md': EXPLAINER, ...rateNews(24) });

  test('the day the start was postponed is not held to the start', () => {
    assert.deepStrictEqual(corpus.warnings('- On 6 October the truck start date was postponed by a month.'), []);
  });

  test('a start is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The heavy truck tariff took effect on 1 December 2025.').map((w) => w.split(' -> ')[0]), ['date-conflict 1 December 2025']);
  });
});
