// Round 431: "Lula and Trump sat down together in Kuala Lumpur on 26 October 2024" (the year
// wrong) was let pass: the timeline's "| 26 Oct 2025 | Kuala Lumpur | Leaders meet … |" shared only
// names with it, and the yearless wire of that day was read in the brief's year. Sitting down with
// someone, and having met them, is meeting them.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = ['Lula and Trump agree to talk', '', 'KUALA LUMPUR, Oct 26 (Tradewire) - Brazilian President Luiz Inacio Lula da Silva and U.S. President Donald Trump agreed on Sunday to start negotiating at once over the steep tariffs on Brazilian goods.'];
const TIMELINE = ['# Brazil and the US tariffs', '', '| Date | Where | What |', '| --- | --- | --- |', '| 9 Jul 2025 | Washington | Trump letter to Lula announces a 50% tariff |', '| 26 Oct 2025 | Kuala Lumpur | Leaders meet on the sidelines of the ASEAN summit |'];

suite('check: meetings in other words', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('"met" and "sat down" are meeting', () => {
    assert.deepStrictEqual(contentTerms('met sat down sits down'), contentTerms('meet meeting meets'));
  });

  test('a meeting told as sitting down is held to the meeting’s year', () => {
    assert.deepStrictEqual(corpus.warnings('- Lula and Trump sat down together in Kuala Lumpur on 26 October 2024.'), ['date-conflict 26 October 2024 -> 2025-10-26']);
  });

  test('in its year it stands', () => {
    assert.deepStrictEqual(corpus.warnings('- Lula and Trump sat down together in Kuala Lumpur on 26 October 2025.'), []);
  });
});
