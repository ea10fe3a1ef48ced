// Round 633 (held out). "Huawei … was added to the Commerce Department's entity list with effect from
// May 16", on a page of July 1, 2019, went to May 16, 2020: the tense reader takes a clause after a
// saying ("he added that …") as the saying's report, and took this passive "added" for one, so the
// clause lost its past verb and "from" looked ahead. A passive "added" is the clause's own verb.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: "was added" is no saying', () => {
  test('"was added to the entity list with effect from May 16" is the May past', () => {
    assert.deepStrictEqual(values('Huawei, the network equipment maker, was added to the Commerce Department’s entity list with effect from May 16, cutting it off.', '2019-07-01'), ['May 16=2019-05-16']);
  });

  test('"he added" is still a saying: what it reports looks ahead ("would rise from Aug. 4")', () => {
    assert.deepStrictEqual(values('The minister, who was appointed in May, added that tariffs would rise from Aug. 4.', '2019-07-01'), ['May=2019-05', 'Aug. 4=2019-08-04']);
  });
});
