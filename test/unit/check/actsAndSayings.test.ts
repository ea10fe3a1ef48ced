// What a source's sentence does on its date (a signing, a making public, a saying, a deed, a
// reporter's premise) decides which briefs it can contradict.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: acts, sayings and premises', () => {
  const corpus = tempCorpus({
    'order.txt': [
      'Dutch order on Nexfab',
      'Published: 20 October 2025',
      'The Dutch economy ministry signed its order against Nexfab on September 30. It was only made public on October 12.',
      'The Netherlands also raised its levy on imported steel wire to 12% on June 4.',
    ],
    'live.md': ['**Oct 13, 2025, 22:30 GMT**', '', 'Not the only flashpoint this month: China’s commerce ministry on Oct. 4 barred Nexfab’s Chinese unit from exporting its chips.'],
    'transcript.txt': ['Regular press conference', 'Date: Thursday, 6 November 2025', 'Q (Wire): On Tarnwell. The Dutch government seized control of Tarnwell on October 12, and China answered with an export ban. Will the ban be lifted?', 'A: We have stated our position on this many times.'],
    'ports.txt': PORT_NEWS,
  });

  test('a signing and the day it was made public are two moments', () => {
    assert.deepStrictEqual(corpus.warnings('- 12 October: the Dutch order against Nexfab becomes public.'), []);
  });

  test('a signing is not contradicted by the day a rate changed', () => {
    assert.deepStrictEqual(corpus.warnings('The Dutch levy on steel wire was raised to 12% by a decree signed on 3 June 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The Dutch levy on steel wire was raised to 12% on 5 June 2025.'), ['date-conflict 5 June 2025 -> 2025-06-04']);
  });

  test('a saying is not contradicted by a deed of the same speaker', () => {
    assert.deepStrictEqual(corpus.warnings('China’s commerce ministry addressed Nexfab at its Nov. 6, 2025 briefing.'), []);
  });

  test('the actor alone does not make two acts one', () => {
    assert.deepStrictEqual(corpus.warnings('China’s commerce ministry announced port fees on October 10, 2025.'), []);
  });

  test('a reporter’s premise in a transcript asserts no date', () => {
    assert.deepStrictEqual(corpus.warnings('The Dutch government suspended its Tarnwell order on November 19, 2025.'), []);
  });
});
