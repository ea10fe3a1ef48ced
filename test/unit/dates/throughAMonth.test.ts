// TimeBank: "lenders … has extended Control Data up to $90 million in revolving loans through
// January", on a page of October 30, 1989, was read as the January past. "Through" a day or month
// is a limit, as "until" is: ahead, unless the clause is told in the past ("prices rose through
// January"). After a date ("March 3 through June 5") it is the end of a range, not a limit.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: "through" a month', () => {
  test('"has extended … loans through January" is the coming January', () => {
    assert.deepStrictEqual(values('Lenders have extended the company $90 million in revolving loans through January.', '1989-10-30'), ['January=1990-01']);
  });

  test('"the exemption lasts through Friday" is the coming Friday', () => {
    assert.deepStrictEqual(values('The exemption lasts through Friday.', '1989-10-30'), ['Friday=1989-11-03']);
  });

  test('"prices rose through January" is the January past', () => {
    assert.deepStrictEqual(values('Prices rose through January.', '1989-10-30'), ['January=1989-01']);
  });
});
