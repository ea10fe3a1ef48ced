// Round 378: "On 27 October, Airlangga cautioned that the legal text still needed more rounds" (a
// day the sources do not give) was held to "… have held two in-person rounds on the legal text, in
// Jakarta on 7-9 October 2025 …": a brief's saying is answered only by a source sentence that tells
// a saying, not by what was spoken of.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a saying against what it spoke of', () => {
  const corpus = tempCorpus({
    'release.txt': [
      'Talks on the legal text continue',
      'JAKARTA, November 20, 2025 -',
      'Since then, the two negotiating teams have held two in-person rounds on the legal text, in Jakarta on 7-9 October 2025 and in Washington on 12-14 November 2025.',
    ],
    ...RATE_NEWS,
  });

  test('"cautioned that the legal text still needed more rounds" is not dated by the rounds', () => {
    assert.deepStrictEqual(corpus.warnings('- On 27 October, Airlangga cautioned that the legal text still needed more rounds.'), []);
  });

  test('the rounds themselves are still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The two negotiating teams held an in-person round on the legal text in Jakarta on 14-16 October 2025.').length, 1);
  });
});

suite('check: a saying the source tells', () => {
  const corpus = tempCorpus({
    'release.txt': ['Talks on the legal text continue', 'JAKARTA, November 20, 2025 -', 'Airlangga Hartarto told reporters on Oct. 28 that the legal text still needed more rounds.'],
    ...RATE_NEWS,
  });

  test('still dates it', () => {
    assert.deepStrictEqual(corpus.warnings('- On 27 October 2025, Airlangga Hartarto cautioned that the legal text still needed more rounds.'), ['date-conflict 27 October 2025 -> 2025-10-28']);
  });
});

// Round 393: "Kinyanjui disclosed the planned Washington talks at a Nairobi press briefing on Tuesday,
// Oct. 7" was held to "… had already flown to Washington in early September to sound out …": a
// saying told by where it was made ("at a press briefing") needs a source that tells a saying too
// (the suite above shows a saying the source tells still dates it).
suite('check: a saying at a press briefing', () => {
  const corpus = tempCorpus({
    'kenya.txt': ['Kenya seeks its own deal', 'NAIROBI, October 20, 2025 -', 'Trade minister Lee Kinyanjui had already flown to Washington in early September to sound out the office of the U.S. Trade Representative about planned talks.'],
    ...RATE_NEWS,
  });

  test('is not dated by the trip it spoke of', () => {
    assert.deepStrictEqual(corpus.warnings('- Kinyanjui disclosed the planned Washington talks at a Nairobi press briefing on Tuesday, Oct. 7, 2025.'), []);
  });
});
