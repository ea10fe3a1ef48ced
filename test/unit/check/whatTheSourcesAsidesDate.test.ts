// Rounds 1001 and 1006 (held out, measured first; three false warnings).
// - "senators wrote to USTR and USDA on Monday, November 17, 2025" was warned against "… asked the
//   Trump administration to attach safeguards to the trade framework it announced with Buenos Aires
//   last Thursday": a relative clause with no "which" ("it announced …") dates its own act.
// - "The Foreign Ministry welcomed the framework in a press release issued on November 14" was
//   warned against "The National Government welcomes the joint statement issued yesterday, 13
//   November 2025": the date is the statement's, a paper the brief does not date; but "In an order
//   issued this afternoon, the Court granted …" (round 928) is the act's own paper and still dates it.
// - "Šefčovič is expected in Washington in mid-November" was warned against a call of "last week":
//   who is expected somewhere is what may happen.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite("check: what a source's asides date", () => {
  const argentina = roundCorpus('../probe-rounds/r1006');
  const trucks = roundCorpus('../probe-rounds/r1001');
  const court = roundCorpus('../probe-rounds/r928');

  test('a relative clause with no "which" dates its own act', () => {
    assert.deepStrictEqual(argentina.warnings('- A bipartisan group of cattle-state senators wrote to USTR and USDA on Monday, November 17, 2025, seeking safeguards.'), []);
  });

  test("a known paper's issuing day is the paper's", () => {
    assert.deepStrictEqual(argentina.warnings('- The Foreign Ministry welcomed the framework in a press release issued on November 14.'), []);
  });

  test("the act's own paper still dates the act", () => {
    assert.deepStrictEqual(court.warnings('- The Court agreed to hear the case on September 9, 2024, consolidating it with Learning Resources.'), ['date-conflict September 9, 2024']);
  });

  test('who is expected somewhere is what may happen', () => {
    assert.deepStrictEqual(trucks.warnings('- Trade Commissioner Maroš Šefčovič is expected in Washington in mid-November to review the framework.'), []);
  });
});
