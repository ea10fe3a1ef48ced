// Round 323: "Collection of the penalty began in late August 2025, on top of the reciprocal levy"
// (right: "has been collected since Aug. 27, on top of a 25% 'reciprocal' duty that took effect on
// Aug. 7") was held to the levy's Aug. 7: the aside after the brief's date drew its words to the
// other date. An aside ("on top of", "in addition to", "alongside") names another thing.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = [
  '# India sends trade team to Washington to seek an end to the Russian-oil penalty',
  '',
  'NEW DELHI, Oct 16 (Tradewire) - India will send trade negotiators to Washington on Oct. 27-29 to press for the removal of a 25% penalty tariff on its exports, two officials said on Thursday, after a round first planned for Oct. 20-22 was moved because it clashed with Diwali.',
  '',
  'The penalty, imposed over India’s purchases of Russian crude, was ordered by President Donald Trump in an executive order signed on Aug. 6 and has been collected since Aug. 27, on top of a 25% "reciprocal" duty that took effect on Aug. 7. The combined 50% rate is among the highest Washington applies.',
];

suite('check: an aside after the brief’s date', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, ...RATE_NEWS });

  test('the penalty’s collection is dated by its own day, not the levy’s', () => {
    assert.deepStrictEqual(corpus.warnings('- Collection of the penalty began in late August 2025, on top of the reciprocal levy.'), []);
  });

  test('the levy itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The 25% reciprocal duty took effect on 17 August 2025.'), ['date-conflict 17 August 2025 -> 2025-08-07']);
  });
});
