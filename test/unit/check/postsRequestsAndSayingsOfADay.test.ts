// Rounds 1128-1145 (held out, measured first; two false warnings). "Deutsche Post, which stopped
// accepting business parcels … on 23 August" was taken for a saying ("Post"), so it did not answer
// "stopped accepting … from August 22". "adding a further 25% duty" was read as another order than
// "imposing an extra 25% tariff". "… at a meeting in Copenhagen, …, diplomats said on Friday" dates
// the diplomats' words, not the meeting, so it does not give a brief's meeting day against another
// source. "In a post on Friday evening, Trump … said his administration could open a Section 301
// investigation" dates the post, not an opening. "on 11 August 2025 Brazil formally requested
// consultations" does not date consultations held. And an undated page whose only full date is its
// schedule ("from 1 January 2027") is read in the year its corpus's sources stand nearest.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: posts, requests and sayings of a day', () => {
  const parcels = roundCorpus('../probe-rounds/r1128');
  const russia = roundCorpus('../probe-rounds/r1129');
  const aci = roundCorpus('../probe-rounds/r1139');
  const india = roundCorpus('../probe-rounds/r1140');
  const brazil = roundCorpus('../probe-rounds/r1145');

  test('a postal operator named "Post" tells no saying', () => {
    assert.deepStrictEqual(parcels.warnings('- Deutsche Post stopped accepting business parcels for the US from August 22.'), ['date-conflict August 22']);
  });

  test('a further 25% is a sum added, not another order', () => {
    assert.deepStrictEqual(india.warnings('- President Trump signed the executive order adding a further 25% duty over Russian oil on Tuesday, August 5, 2025.'), ['date-conflict Tuesday, August 5, 2025']);
  });

  test('the day diplomats spoke does not give the meeting\u2019s day', () => {
    assert.deepStrictEqual(aci.warnings('- EU trade ministers met informally in Copenhagen on 12 September and declined to move toward triggering the ACI.'), ['date-conflict 12 September']);
    assert.deepStrictEqual(aci.warnings('- EU trade ministers met informally in Copenhagen on 11 September and declined to move toward triggering the ACI.'), []);
  });

  test('a post that says what could be done does not date the doing', () => {
    assert.deepStrictEqual(aci.warnings('- USTR opened a Section 301 investigation into the DSA and DMA on 15 September 2025.'), []);
  });

  test('a request does not date the thing requested taking place', () => {
    assert.deepStrictEqual(brazil.warnings('- The WTO consultations between Brazil and the US were held in Geneva in late September.'), []);
  });

  test('a page dated only by its schedule is read near its corpus', () => {
    assert.strictEqual(russia.dateOf('nineteenth-package-lng-ban.txt'), '2025-10-23');
  });
});
