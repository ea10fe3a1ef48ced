// Rounds 1653 and 1654 (held out, measured first; a false warning and a wrong suggestion). "A buying
// mission … visited Colombo in early May" was warned against "buying linked to Russian importers
// thinned out at the Colombo auction earlier this month": a visit the brief tells by its verb is
// answered only by a source that tells an encounter or a journey. "Jordan's Council of Ministers gave
// its approval to the agreement on 26 February 2025" was given the agreement's entry into force (the
// kind of event named beside the brief's date) though the best match gives the approval's own day,
// "approved by the Council of Ministers at its session of 26 March 2025".
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a visit, and an approval\'s own day', () => {
  const tea = roundCorpus('../probe-rounds/r1653');
  const transit = roundCorpus('../probe-rounds/r1654');

  test('a mission\'s visit is not dated by an auction', () => {
    assert.deepStrictEqual(tea.warnings("- A buying mission from Russia's tea and coffee importers' association visited Colombo in early May."), []);
  });

  test('an approval is given the approval\'s day, not the entry into force', () => {
    assert.deepStrictEqual(transit.suggested("- Jordan's Council of Ministers gave its approval to the agreement on 26 February 2025."), ['date-conflict 26 February 2025 -> 2025-03-26']);
  });
});
