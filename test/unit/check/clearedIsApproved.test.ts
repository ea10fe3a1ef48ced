// Round 1620 (held out, measured first; a false warning). "Zambia's Cabinet cleared the Zambia Lobito
// Rail deal with the AFC on 24 February 2025" was warned against the ministry's signing three days
// later: "cleared" did not meet "the approval of the project by Cabinet at its ordinary meeting held on
// Monday, 24 February 2025". A body that clears a thing approves it.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';
import { contentTerms } from '../../../src/core/text/terms';

suite('check: "cleared" is approved', () => {
  const round = roundCorpus('../probe-rounds/r1620');

  test('"cleared", "approved" and "approval" are one word', () => {
    assert.deepStrictEqual(contentTerms('cleared approved approval'), ['approv', 'approv', 'approv']);
  });

  test('the Cabinet\'s clearing is not warned against the signing', () => {
    assert.deepStrictEqual(round.warnings("- Zambia's Cabinet cleared the Zambia Lobito Rail deal with the AFC on 24 February 2025."), []);
  });
});
