// Round 969 (held out, measured first; a false warning). "Brussels and Jakarta held a first technical
// round on the two rulings in Jakarta on 14 October 2025" was warned against "JAKARTA, Oct 3 -
// Indonesia on Friday welcomed a World Trade Organization ruling against European Union duties":
// a meeting told by its noun ("held a … round") is answered only by a source that tells an
// encounter, and welcoming a ruling is none (welcoming a visitor is).
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a round held is a meeting', () => {
  // (The round's own sources: its other pages on the two rulings make the welcome the best match.)
  const round = roundCorpus('../probe-rounds/r969');

  test('the welcome of a ruling does not date a round of talks', () => {
    assert.deepStrictEqual(round.warnings('- Brussels and Jakarta held a first technical round on the two rulings in Jakarta on 14 October 2025.'), []);
  });
});

suite('check: a welcome of a ruling, misdated', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'jakarta.txt': [
      'JAKARTA, Oct 3, 2025 (Wire) - Indonesia on Friday welcomed a World Trade Organization ruling against European Union duties on its stainless steel, urging Brussels to drop them.',
    ],
  });

  test('still warns', () => {
    assert.deepStrictEqual(corpus.warnings('- Indonesia welcomed the WTO ruling against the EU duties on its stainless steel on 5 October 2025.'), ['date-conflict 5 October 2025 -> 2025-10-03']);
  });
});
