// Round 1402 (held out, measured first; a false warning). "Chinese auditors began their inspection of
// Argentine beef plants on 7 April 2025" was warned against the day China's customs added the plants to
// its list: the sentence that bears it out, "follows an on-site audit by Chinese inspectors who toured
// Argentine slaughterhouses … between April 7 and April 16", shared no word with it but names.
// An auditor audits and an inspector inspects.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an audit and its auditors', () => {
  test('"auditors" and "audit", "inspectors" and "inspection" are one word each', () => {
    assert.deepStrictEqual(contentTerms('auditors inspectors'), contentTerms('audit inspection'));
  });

  const round = roundCorpus('../probe-rounds/r1402');
  test('the audit that began on April 7 bears the brief out', () => {
    assert.deepStrictEqual(round.warnings('- Chinese auditors began their inspection of Argentine beef plants on 7 April 2025.'), []);
  });
});
