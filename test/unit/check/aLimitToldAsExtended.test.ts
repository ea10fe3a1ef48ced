// Rounds 1605 and 1606 (held out, measured first; two false warnings). "Under the extension, comments
// can now be submitted until 15 July 2025" was warned against the first call's "submit comments until
// 1 July 2025"; "The industry ministry extended the exporters' registration deadline … on 11 August"
// against "set a registration deadline of 1 October 2025". A limit told as extended is not the limit
// before it moved, and the day of the act of extending is not the limit. Round 1131 keeps its
// warning: "…, after which the ban would revert unless extended" tells no extension.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a limit told as extended', () => {
  const methane = roundCorpus('../probe-rounds/r1605');
  const jordan = roundCorpus('../probe-rounds/r1606');
  const gallium = roundCorpus('../probe-rounds/r1131');

  test('the extended closing day is not warned against the first one', () => {
    assert.deepStrictEqual(methane.warnings('- Under the extension, comments can now be submitted until 15 July 2025.'), []);
  });

  test('the day the deadline was extended is not warned against the deadline', () => {
    assert.deepStrictEqual(jordan.warnings("- The industry ministry extended the exporters' registration deadline for the electronic certificate-of-origin platform on 11 August."), []);
  });

  test('"unless extended" after the date extends nothing', () => {
    assert.deepStrictEqual(gallium.suggested('- The suspension runs until 27 November 2027, after which the ban would revert unless extended.'), ['date-conflict 27 November 2027 -> 2026-11-27']);
  });
});
