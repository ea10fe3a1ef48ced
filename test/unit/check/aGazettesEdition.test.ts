// Round 1455 (held out, measured first). "The decree was published in the Diário Oficial da União on 15
// July 2024" was left alone against "The decree is published in today's edition (15) of the Diário
// Oficial da União": "today's edition" was read as a noun the date names, which the brief does not;
// the issue a paper came out in is the day of its publication.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a gazette’s edition', () => {
  const r1455 = roundCorpus('../probe-rounds/r1455');

  test('"published in today\'s edition (15)" dates a brief of the publication', () => {
    assert.deepStrictEqual(r1455.suggested('- The decree was published in the Diário Oficial da União on 15 July 2024.'), ['date-conflict 15 July 2024 -> 2025-07-15']);
  });
});
