// TimeBank: "… to undermine the peace process, set to resume Monday in Belfast", on a Sunday's page,
// was read as the Monday before: "set to" counted as a plan only after "is" or "was". Set off by a
// comma it still names what is arranged, so it looks ahead; "were set to" stays a plan told in the
// past (either side of the story).
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: "set to" without "is"', () => {
  test('"the peace process, set to resume Monday" is the coming Monday', () => {
    assert.deepStrictEqual(values('The bomb was meant to undermine the peace process, set to resume Monday in Belfast.', '1998-03-22'), ['Monday=1998-03-23']);
  });

  test('"the tariff, set to take effect on Friday, was announced" is the coming Friday', () => {
    assert.deepStrictEqual(values('The tariff, set to take effect on Friday, was announced.', '1998-03-22'), ['Friday=1998-03-27']);
  });

  test('"they set to work on Monday" is no plan', () => {
    assert.deepStrictEqual(values('They set to work on Monday.', '1998-03-22'), ['Monday=1998-03-16']);
  });
});
