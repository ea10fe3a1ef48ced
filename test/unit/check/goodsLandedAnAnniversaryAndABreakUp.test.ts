// Rounds 1541, 1543 and 1544 (held out, measured first). "Customs issued a notice on 28 April giving
// importers more time to file vehicle valuation documents" was warned against "file valuation
// documents for cars landed in February and March": goods moved in a month date the move, not the
// notice. "The agreement was signed at a ceremony in Apia on 15 November 2024" was borne out by "The
// Government of Samoa today marks one year since the signing": the day of an anniversary dates no
// signing. And "The Dhaka round broke up without a price deal on October 23, 2024" was read as a day
// inside "ended three days of talks in Dhaka on Thursday": breaking up is the end.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: goods landed, an anniversary and a break-up', () => {
  const r1541 = roundCorpus('../probe-rounds/r1541');
  const r1543 = roundCorpus('../probe-rounds/r1543');
  const r1544 = roundCorpus('../probe-rounds/r1544');

  test('"cars landed in February and March" does not date a notice', () => {
    assert.deepStrictEqual(r1541.warnings('- Customs issued a notice on 28 April giving importers more time to file vehicle valuation documents.'), []);
  });

  test('"today marks one year since the signing" does not bear out a signing a year late', () => {
    assert.deepStrictEqual(r1544.suggested('- The agreement was signed at a ceremony in Apia on 15 November 2024, with Commissioner Urpilainen signing for the EU.'), ['date-conflict 15 November 2024 -> 2023-11-15']);
  });

  test('"broke up … on" is the end of the talks', () => {
    assert.deepStrictEqual(r1543.suggested('- The Dhaka round broke up without a price deal on October 23, 2024.'), ['date-conflict October 23, 2024 -> 2024-10-24']);
  });
});
