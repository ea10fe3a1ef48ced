// Rounds 1548 and 1550 (held out, measured first). "The CARIFORUM-EU Trade and Development Committee
// session hosted in Paramaribo wrapped up on 10 April 2025" went unwarned: its best match was the
// meeting's opening ("which opened in Paramaribo on Tuesday 8 April, concluded yesterday, 9 April
// 2025"), and the close its sentence gives answers it. "Addis Ababa and Hargeisa put pen to paper on
// the sea-access memorandum on 2 January 2024, with Abiy Ahmed and Muse Bihi Abdi signing" names the
// source's signers itself. And "President Santokhi hailed the decision … in a televised address on 2
// October 2024" is answered by "in a televised address on Tuesday evening, called the decision …".
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a close beside an opening, co-actors and an address', () => {
  const r1548 = roundCorpus('../probe-rounds/r1548');
  const r1550 = roundCorpus('../probe-rounds/r1550');

  test("a brief's close is answered by the close its best match's sentence gives", () => {
    assert.deepStrictEqual(r1548.suggested('- The CARIFORUM-EU Trade and Development Committee session hosted in Paramaribo wrapped up on 10 April 2025.'), ['date-conflict 10 April 2025 -> 2025-04-09']);
  });

  test('signers the brief names after its date are the source\'s actors', () => {
    assert.deepStrictEqual(r1550.suggested('- Addis Ababa and Hargeisa put pen to paper on the sea-access memorandum on 2 January 2024, with Abiy Ahmed and Muse Bihi Abdi signing in the Ethiopian capital.'), ['date-conflict 2 January 2024 -> 2024-01-01']);
  });

  test('a reaction in a televised address is answered by the address', () => {
    assert.deepStrictEqual(r1548.suggested('- President Santokhi hailed the decision as a turning point in a televised address on 2 October 2024.'), ['date-conflict 2 October 2024 -> 2024-10-01']);
  });
});
