// Round 463: "6. November 10: the suspension takes effect at 12:01 a.m." was held to "U.S. fees on
// ships ... took effect at 12:01 a.m." on October 14: a numbered item's "6." did not open a timeline
// entry, so the suspension was not read as an undoing. A numbered item opens an entry as a bullet
// does, and an undoing's own start ("the suspension takes effect") is an undoing.
import * as assert from 'assert';
import { headsEntry } from '../../../src/core/text/timelineEntry';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a numbered timeline entry', () => {
  test('"6. November 10: …" heads an entry as "- November 10: …" does', () => {
    const text = '6. November 10: the suspension takes effect.';
    assert.ok(headsEntry(text, 3, 14));
  });

  const corpus = tempCorpus({
    ...rateNews(12),
    'fees.txt': [
      'U.S. and China start charging port fees on each other\'s ships',
      '',
      'WASHINGTON/BEIJING, Oct 14, 2025 (Wire) - Both countries began charging fees on each other\'s ships on Tuesday.',
      '',
      'U.S. fees on ships owned or operated by Chinese companies took effect at 12:01 a.m. Eastern time, six months after they were announced.',
    ],
  });

  test('"6. November 10: the suspension takes effect at 12:01 a.m." is not dated by the fees taking effect', () => {
    assert.deepStrictEqual(corpus.warnings('1. October 14: the port fees take effect.\n6. November 10, 2025: the suspension of the fees takes effect at 12:01 a.m. Eastern time.'), []);
  });

  test('the fees\' own start is still checked in a numbered item', () => {
    assert.deepStrictEqual(corpus.warnings('1. October 15, 2025: U.S. fees on ships owned or operated by Chinese companies take effect at 12:01 a.m. Eastern time.'), ['date-conflict October 15, 2025 -> 2025-10-14']);
  });
});
