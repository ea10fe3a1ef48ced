// Round 421: "GAPKI's board is set to meet EU ambassadors in Jakarta on 28 October 2025" (a day the
// sources do not give) was held to "The group met for the first time on Oct. 9 in Jakarta": a first
// meeting before the brief's day is not the one it cites, a later one.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = ['Palm oil group meets', '', 'JAKARTA, Oct 14, 2025 (Tradewire) - The GAPKI working group on the EU deforestation rules met for the first time on Oct. 9 in Jakarta, a week later than planned.'];

suite('check: a first meeting before the brief’s day', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, ...RATE_NEWS });

  test('a later meeting is not held to the first', () => {
    assert.deepStrictEqual(corpus.warnings("- GAPKI's working group is set to meet EU ambassadors in Jakarta on 28 October 2025."), []);
  });

  test('the first meeting itself is', () => {
    assert.deepStrictEqual(corpus.warnings("- GAPKI's working group on the EU deforestation rules met for the first time on 10 October 2025 in Jakarta."), ['date-conflict 10 October 2025 -> 2025-10-09']);
  });
});
