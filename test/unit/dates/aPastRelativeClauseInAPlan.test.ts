// Round 566 (held out): a page of 13 December 2019 wrote "Washington will also cut to 7.5% the 15%
// tariff it imposed on Sept. 1", and "Sept. 1" was read as the coming one (2020) because the sentence
// looks ahead; "The 15% levy … was imposed on 1 September 2019" was then warned against. A relative
// clause in the past right before the date is the date's own.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2019-12-13' }).map((m) => `${m.text}=${m.value}`);

suite('dates: a past relative clause inside a plan', () => {
  test('"will cut the tariff it imposed on Sept. 1" is the September before', () => {
    assert.deepStrictEqual(values('Washington will also cut to 7.5% the 15% tariff it imposed on Sept. 1 on roughly $120 billion of goods.'), ['Sept. 1=2019-09-01']);
  });

  test('"will sign the deal that they agreed on Monday" is the Monday before', () => {
    assert.deepStrictEqual(values('He will sign the deal that they agreed on Monday.'), ['Monday=2019-12-09']);
  });

  // (Found in our own set, notices-plans: "is expected to replace the 46% tariff that Washington
  // announced for Vietnam on April 2", on a page of July 2025, was read as the coming April.)
  test('"the tariff that Washington announced … on April 2" is the April before', () => {
    assert.deepStrictEqual(values('The 20% rate is expected to replace the 46% tariff that Washington announced for Vietnam on April 2.'), ['April 2=2019-04-02']);
  });

  test('"the tariff that will be imposed on April 2" is still ahead', () => {
    assert.deepStrictEqual(values('The rate will replace the tariff that will be imposed on April 2.'), ['April 2=2020-04-02']);
  });

  test('what the plan itself sets is still ahead', () => {
    assert.deepStrictEqual(values('Officials will meet on Sept. 1.'), ['Sept. 1=2020-09-01']);
  });
});
