// Rounds 1457 and 1461 (held out, measured first). "China's commerce ministry urged Seoul to show
// restraint in a statement on February 24" was left alone against "In a statement posted on its website
// on Tuesday, the Ministry of Commerce (MOFCOM) said …": "its website" is where the statement was put
// out, not another thing the date names. "The Senate trade committee questioned officials on the
// undisclosed concessions on August 12" was left alone against "Philippine senators on Wednesday
// pressed trade and finance officials": senators questioning officials is the committee's hearing,
// not the chamber acting.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a statement on its website, and senators at a hearing', () => {
  const r1457 = roundCorpus('../probe-rounds/r1457');
  const r1461 = roundCorpus('../probe-rounds/r1461');

  test('"a statement posted on its website on Tuesday" dates the statement', () => {
    assert.deepStrictEqual(r1461.suggested("- China's commerce ministry urged Seoul to show restraint in a statement on February 24."), ['date-conflict February 24 -> 2025-02-25']);
  });

  test('"senators … pressed … officials" answers the committee’s questioning', () => {
    assert.deepStrictEqual(r1457.suggested('- The Senate trade committee questioned officials on the undisclosed concessions on August 12.'), ['date-conflict August 12 -> 2025-08-13']);
  });
});
