// Rounds 1703–1708 (held out, measured first). "The deadline for LRMG's first arrears instalment … was
// pushed back to 28 February" was warned against a wire's "gave LRMG until January 31 to pay": a limit
// the brief says was put back is not contradicted by an earlier limit, the one it was put back from
// (the false warning, fixed). A reaction in the source ("welcomed the vote in a statement on
// Wednesday") does not agree with a brief of the act ("The Senate gave its approval on 12 March 2025")
// beside the wire's "on Tuesday voted to ratify". And "we expect the first loaded test train to reach
// the port during the third quarter", told in June 2025, is 2025's third quarter (the "loaded" of "the
// first loaded test train" is no past verb), and an expectation of a quarter does not bear out a day
// against a firm day inside it.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a limit put back, a reaction to the act, an expected quarter', () => {
  const r1606 = roundCorpus('../probe-rounds/r1606');
  const r1703 = roundCorpus('../probe-rounds/r1703');
  const r1708 = roundCorpus('../probe-rounds/r1708');

  test('a limit put back is not set against the earlier limit', () => {
    assert.deepStrictEqual(r1708.warnings("- The deadline for LRMG's first arrears instalment of USD 12 million was pushed back to 28 February."), []);
  });

  test('a reaction does not agree with the act', () => {
    assert.deepStrictEqual(r1708.suggested('- The Senate gave its approval on 12 March 2025, by 22 votes to 3.'), ['date-conflict 12 March 2025 -> 2025-03-11']);
  });

  // (Round 1606: "welcomed the decision taken on Monday … to extend the deadline" dates the decision,
  // which a brief's "extended the … registration deadline … on 11 August" meets.)
  test('but a reaction to an act dated in its own words is that act’s day', () => {
    assert.deepStrictEqual(r1606.warnings("- The industry ministry extended the exporters' registration deadline for the electronic certificate-of-origin platform on 11 August."), []);
  });

  test('an expected quarter is the one ahead', () => {
    const [quarter] = extractDates('We expect the first loaded test train to reach the port during the third quarter.', { referenceDate: '2025-06-19' }).filter((m) => m.text === 'the third quarter');
    assert.strictEqual(quarter.value, '2025-Q3');
  });

  test('an expectation of a quarter gives way to a firm day inside it', () => {
    assert.deepStrictEqual(r1703.suggested('- The first loaded test train reached Morebaya on 15 August 2025.'), ['date-conflict 15 August 2025 -> 2025-08-14']);
  });
});

// Rounds 1709–1714 (held out, measured first). "Belize announced that extension in a public notice
// dated 20 November 2025" was warned against the notice's own "This Notice is issued further to Public
// Notice No. 14 of 2025, dated 26 September 2025": the paper the brief dates may be the source page
// itself, which bears the brief's day (the false warning, fixed). And "the ministry pushed the exporter
// registration deadline back to 25 October 2024" is not borne out by the ministry's "the deadline …,
// initially set at 25 October 2024, [is extended]": the day a limit first stood at is no day it was put
// back to.
suite('check: the page as the dated paper, a first setting against a move', () => {
  const r1709 = roundCorpus('../probe-rounds/r1709');
  const r1710 = roundCorpus('../probe-rounds/r1710');

  test('a notice dated as the source page is dated', () => {
    assert.deepStrictEqual(r1709.warnings('- Belize announced that extension in a public notice dated 20 November 2025.'), []);
  });

  // (Unsettled until the forty-fifth session, when "initially set at 25 October 2024, is extended to
  // Thursday 31 October 2024" came to be read as a first setting: the move is now warned of.)
  test('the first setting of a limit does not bear out a move to it: the day it moved to answers', () => {
    assert.deepStrictEqual(r1710.suggested('- Following pressure from GEL, the ministry pushed the exporter registration deadline back to 25 October 2024.'), ['date-conflict 25 October 2024 -> 2024-10-31']);
  });
});

