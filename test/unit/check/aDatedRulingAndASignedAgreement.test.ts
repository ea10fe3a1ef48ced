// Rounds 1584 and 1587 (held out, measured first; two false warnings). "The Assembly's International
// Relations Committee endorsed the text on Tuesday, 30 January 2024" was warned against "The court's
// ruling, dated 13 December 2023, sent the text to the Assembly": a paper's own date dates that paper,
// and a brief that names no ruling tells another act. "The Gashuunsukhait crossing moved to
// round-the-clock processing of coal trucks on 1 October 2024" was warned against "Mongolia and China
// signed an intergovernmental agreement in Beijing on Thursday to build a … railway": an agreement
// signed dates the signing, and the brief tells of no agreement.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a dated ruling and a signed agreement', () => {
  const r1584 = roundCorpus('../probe-rounds/r1584');
  const r1587 = roundCorpus('../probe-rounds/r1587');

  test('"The court\'s ruling, dated 13 December 2023" does not date a committee\'s endorsement', () => {
    assert.deepStrictEqual(r1584.warnings("- The Assembly's International Relations Committee endorsed the text on Tuesday, 30 January 2024."), []);
  });

  test('"signed an intergovernmental agreement … on Thursday" does not date round-the-clock processing', () => {
    assert.deepStrictEqual(r1587.warnings('- The Gashuunsukhait crossing moved to round-the-clock processing of coal trucks on 1 October 2024.'), []);
  });
});
