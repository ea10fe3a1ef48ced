// Rounds 1536, 1538 and 1539 (held out, measured first). "On 26 January 2024, President Tebboune
// told ministers to finish the clause-by-clause review … and draft revision proposals" went unwarned
// against "At the Council of Ministers on Sunday, 26 January 2025, President Abdelmadjid Tebboune
// instructed …": who acted follows a clause's opening occasion and its date, and "draft" after "and"
// is a verb, no draft text. "The cabinet adopted the Smooth Transition Strategy on 20 February 2025"
// went unwarned against "…, a document meant to set out how Nepal will cope …, went through several
// drafts before the cabinet endorsed it on 6 February 2025": an aside of what lies ahead does not hedge
// the date. And "the updated Papua LNG development plan fell due on 30 June 2025" was borne out by a
// notice "moving the deadline … from the end of June to 30 September": the day moved to answers it.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: an aside, a subject after its occasion, and a moved deadline', () => {
  const r1536 = roundCorpus('../probe-rounds/r1536');
  const r1538 = roundCorpus('../probe-rounds/r1538');
  const r1539 = roundCorpus('../probe-rounds/r1539');

  test('"At the Council of Ministers on Sunday, 26 January 2025, President … Tebboune instructed" is Tebboune acting', () => {
    assert.deepStrictEqual(r1536.suggested('- On 26 January 2024, President Tebboune told ministers to finish the clause-by-clause review of the agreement and draft revision proposals.'), ['date-conflict 26 January 2024 -> 2025-01-26']);
  });

  test('an aside of what lies ahead does not hedge the date of the main clause', () => {
    assert.deepStrictEqual(r1538.suggested('- The cabinet adopted the Smooth Transition Strategy on 20 February 2025.'), ['date-conflict 20 February 2025 -> 2025-02-06']);
  });

  test('a deadline moved away from a day is answered by the day it was moved to', () => {
    assert.deepStrictEqual(r1539.suggested('- Under that extension, the updated Papua LNG development plan fell due on 30 June 2025.'), ['date-conflict 30 June 2025 -> 2025-09-30']);
  });
});
