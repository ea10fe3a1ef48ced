// Rounds 1421 and 1423 (held out, measured first).
// "Operators under Cypriot jurisdiction must submit their attestation records by 30 October 2025" was
// left alone against "… must submit its attestation records for cargoes handled since the package was
// adopted to the Deputy Ministry by 30 September 2025": a limit "by" a day is the main clause's when
// that clause sets one, not the "since" clause's. And "will become operational for bilateral and
// transit trade from 1 July 2025" had been cut at "and transit trade": "and" between an adjective and
// a noun joins one phrase, not two clauses.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';
import { dateClause } from '../helpers/dateClause';

suite('check: a limit of the main clause, and adjectives joined by "and"', () => {
  const r1421 = roundCorpus('../probe-rounds/r1421');

  test('"must submit … since the package was adopted … by 30 September" dates the submission', () => {
    assert.deepStrictEqual(r1421.suggested('- Operators under Cypriot jurisdiction must submit their attestation records by 30 October 2025.'), ['date-conflict 30 October 2025 -> 2025-09-30']);
  });

  test('"for bilateral and transit trade from 1 July 2025" keeps the clause before "and"', () => {
    const text = 'After talks held on 19-20 February 2025, the Ministry said the stations will become operational for bilateral and transit trade from 1 July 2025.';
    assert.strictEqual(dateClause(text, '2025-03-01', 1), ', the Ministry said the stations will become operational for bilateral and transit trade from 1 July 2025.');
  });

  test('"and" before a clause with a subject of its own still breaks', () => {
    const text = 'The talks closed on 20 February 2025, and the stations opened on 1 July 2025.';
    assert.strictEqual(dateClause(text, '2025-08-01', 1), ', and the stations opened on 1 July 2025.');
  });
});
