// Round 356: "Airlangga Hartarto criticised the proposal before reporters in Jakarta on Oct. 24" was
// kept from "On Oct. 23, … Airlangga Hartarto, told reporters in Jakarta that the proposal did
// little for farmers": a reaction is answered only by a source that tells a reaction, or by the
// medium it was voiced in, and "before reporters" was no medium the rule knew.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a reaction voiced before reporters', () => {
  const corpus = tempCorpus({
    'palm.txt': ['Jakarta cool on palm oil offer', 'JAKARTA, October 25, 2025 -', 'On Oct. 23, Indonesia’s Coordinating Minister for Economic Affairs, Airlangga Hartarto, told reporters in Jakarta that the European proposal on palm oil did little for smallholders.'],
    ...RATE_NEWS,
  });

  test('the day he told reporters is the day of the criticism', () => {
    assert.deepStrictEqual(corpus.warnings('- Airlangga Hartarto criticised the European palm oil proposal before reporters in Jakarta on Oct. 24, 2025.'), ['date-conflict Oct. 24, 2025 -> 2025-10-23']);
  });

  test('a criticism with no medium is still not answered by a source that tells none', () => {
    assert.deepStrictEqual(corpus.warnings('- Airlangga Hartarto criticised the European palm oil proposal on Oct. 24, 2025.'), []);
  });
});
