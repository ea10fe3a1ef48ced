// Round 394: "The baseline duty started being charged on 2025-04-05" (right) had no moment, as "started
// to be charged" had a start's: it was held to the day the plan was unveiled, April 2, beside "has
// been charged … since April 5" in the same sentence. (This small corpus does not reproduce the
// round's scores: the tests guard both sides of the rule.)
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = ['New Zealand keeps lobbying', '', 'WELLINGTON, Aug 1, 2025 (Tradewire) - New Zealand was placed on the 10% baseline when Trump unveiled his tariff plan on April 2, and that rate has been charged on New Zealand goods since April 5.'];

suite('check: "started being charged" is a start', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, ...RATE_NEWS });

  test('it is dated by the start, not the plan’s unveiling', () => {
    assert.deepStrictEqual(corpus.warnings('- The 10% baseline duty on New Zealand goods started being charged on 2025-04-05.'), []);
  });

  test('a start on another day is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The 10% baseline duty on New Zealand goods started being charged on 2025-04-07.'), ['date-conflict 2025-04-07 -> 2025-04-05']);
  });
});
