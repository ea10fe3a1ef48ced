// TimeBank: "Collins will be named commander of the shuttle for a mission in December", on a page
// of March 4, 1998, was read as the December just past. A month in a sentence that plainly looks
// ahead cost only four times as much going back as going forward, so a December three months back
// beat one nine months ahead. Going back now costs a future month what going ahead costs a past
// one (ten times). A day keeps the gentler weight: tense is misread more often than a day is far
// behind its page (round 633's "was added … with effect from May 16").
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: a month in a sentence that looks ahead', () => {
  test('"will … for a mission in December", written in March, is this December', () => {
    assert.deepStrictEqual(values('The colonel will be named commander for a mission in December.', '1998-03-04'), ['December=1998-12']);
  });

  test('"will fly in October", written in March, is this October (as before)', () => {
    assert.deepStrictEqual(values('They will fly in October.', '1998-03-04'), ['October=1998-10']);
  });

  test('"flew a mission in December", written in March, is the December past', () => {
    assert.deepStrictEqual(values('She flew a mission in December.', '1998-03-04'), ['December=1997-12']);
  });
});
