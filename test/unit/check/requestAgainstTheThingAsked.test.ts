// Round 333: "Russia and the EU held their first round of consultations in Geneva on 4 June" was held
// to "Moscow's request for WTO consultations on CBAM, filed on 12 May": the source's date is the
// asking, the brief's the consultations themselves.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a request is not the thing requested', () => {
  const corpus = tempCorpus({
    'letter.md': ['# Brussels carbon letter', '', '## Friday, 30 May 2025', '', "**Russia goes to Geneva.** Moscow's request for WTO consultations on the EU carbon border levy, filed on 12 May, is now circulating among members."],
    ...RATE_NEWS,
  });

  test('consultations held on 4 June are not dated by the request', () => {
    assert.deepStrictEqual(corpus.warnings('Russia and the EU held their first round of WTO consultations on the carbon border levy on 4 June 2025.'), []);
  });

  test('the request itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Moscow filed its request for WTO consultations on the carbon border levy on 14 May 2025.'), ['date-conflict 14 May 2025 -> 2025-05-12']);
  });
});
