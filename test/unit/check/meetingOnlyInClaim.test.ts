// Round 374: "Hanwha Ocean's board met to review the sanctions on 20 October 2025" (a day the
// sources do not give) was held to "| 2025-10-14 | … China sanctions five U.S. units of Hanwha
// Ocean |": a meeting the brief tells by its verb is answered only by a source that tells an
// encounter, not by what the meeting was about.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const ROWS = ['# Port fee tracker', 'Updated 12 November 2025', '', '| Date | Step | Who |', '|---|---|---|', "| 2025-10-14 | Both countries' fees take effect; China sanctions five U.S. units of Hanwha Ocean and opens a probe | USTR / MOFCOM |"];

suite('check: a meeting against what it was about', () => {
  const corpus = tempCorpus({ 'tracker.md': ROWS, ...RATE_NEWS });

  test('the board’s meeting is not dated by the sanctions', () => {
    assert.deepStrictEqual(corpus.warnings("- Hanwha Ocean's board met to review the sanctions on 20 October 2025."), []);
  });

  test('the sanctions themselves are still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- China sanctioned five U.S. units of Hanwha Ocean on 20 October 2025.'), ['date-conflict 20 October 2025 -> 2025-10-14']);
  });
});

suite('check: a meeting the source tells', () => {
  const corpus = tempCorpus({ 'tracker.md': [...ROWS, '| 2025-10-16 | Hanwha Ocean board meets in Seoul on the Chinese sanctions | Hanwha |'], ...RATE_NEWS });

  test('is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Hanwha Ocean’s board met in Seoul on the Chinese sanctions on 17 October 2025.'), ['date-conflict 17 October 2025 -> 2025-10-16']);
  });
});
