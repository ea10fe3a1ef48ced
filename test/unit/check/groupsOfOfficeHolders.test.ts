// Round 402: "G7 finance ministers agreed on Oct. 2 to step up pressure on Russian oil buyers" was
// not held to the source's "On Wednesday, G7 finance ministers held a video call chaired by
// François-Philippe Champagne": a capitalised "G7 Finance Ministers" elsewhere in the source had
// made a person of them, and a person the source did not name at the call.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = [
  'OTTAWA, Oct 3, 2025 (Tradewire) - Group of Seven finance ministers vowed to tighten the squeeze on Moscow.',
  '',
  'On Wednesday, G7 finance ministers held a video call chaired by François-Philippe Champagne and pledged to raise pressure on Russia by going after buyers of its oil.',
  '',
  'The call followed the meeting of G7 Finance Ministers and Central Bank Governors in Banff in May.',
];

suite('check: a group of office-holders named in capitals', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, ...RATE_NEWS });

  test('the ministers’ call on another day is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- G7 finance ministers agreed on Oct. 2 to step up pressure on buyers of Russian oil.'), ['date-conflict Oct. 2 -> 2025-10-01']);
  });

  test('its own day is borne out', () => {
    assert.deepStrictEqual(corpus.warnings('- G7 finance ministers agreed on Oct. 1 to step up pressure on buyers of Russian oil.'), []);
  });
});
