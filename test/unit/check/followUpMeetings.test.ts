// Round 415: "Ebrard and Greer held a follow-up meeting on non-tariff barriers on 14 November" (a
// day no source gives) was held to a live blog's "Ebrard is in Washington today for meetings with
// Greer" of 28 October: a follow-up is a later meeting than the one a source dates before it.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const LIVE = ['# Live: the tariff extension', '', '**Tuesday, October 28, 2025**', '', '**11:50 CST** - Economy Secretary Marcelo Ebrard is in Washington today for meetings with U.S. Trade Representative Jamieson Greer on non-tariff barriers.'];

suite('check: a follow-up meeting', () => {
  const corpus = tempCorpus({ 'live.md': LIVE, ...RATE_NEWS });

  test('is not dated by the meeting it follows', () => {
    assert.deepStrictEqual(corpus.warnings('- Ebrard and Greer held a follow-up meeting on non-tariff barriers on 14 November.'), []);
  });

  // Round 430: with a word between ("a follow-up video call") it is a later call too.
  test('a follow-up video call is not dated by the call it follows', () => {
    assert.deepStrictEqual(corpus.warnings('- Ebrard and Greer are said to have held a follow-up video call on non-tariff barriers on 14 November.'), []);
  });

  test('the first meeting is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Ebrard and Greer held meetings in Washington on non-tariff barriers on 29 October.'), ['date-conflict 29 October -> 2025-10-28']);
  });
});
