// Round 1388 (held out, measured first). "The autonomous trade measures (ATM) first took effect on 4 June
// 2023, lifting all duties and quotas on Ukrainian goods" (a year slip) was left alone against "The
// so-called autonomous trade measures, or ATM, first took effect on June 4, 2022, a little over three
// months after Russia's full-scale invasion … forced grain onto trucks and trains": "trucks" was read as
// the goods of a truck tariff, not all of Ukraine's. Goods carried "onto trucks" are no trucks tariff.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: goods carried by truck', () => {
  const round = roundCorpus('../probe-rounds/r1388');

  test('"forced grain onto trucks" names no truck tariff', () => {
    assert.deepStrictEqual(round.suggested('- The autonomous trade measures (ATM) first took effect on 4 June 2023, lifting all duties and quotas on Ukrainian goods.'), ['date-conflict 4 June 2023 -> 2022-06-04']);
  });
});
