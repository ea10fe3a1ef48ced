// A source's start date in a past sentence ("raised tariffs to 50% from June 4") is the June 4
// that has passed, not next year's: read as next year's, completion offered the event in 2026.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: start dates in past sentences', () => {
  const corpus = tempCorpus({
    'steel.txt': [
      'Steel duties doubled',
      'WASHINGTON, Sept. 19, 2025 -',
      'The United States raised tariffs on steel imports to 50% from June 4, the Commerce Department said.',
      'Port fees on foreign-built vessels will apply from Nov. 1, officials added.',
    ],
    // Unrelated news, so that the steel words are rare in the corpus, as in a real one.
    'harbour.txt': ['Harbour news', 'HALIFAX, June 4, 2025 -', 'A ferry line added a second crossing on June 2.', 'Dock workers ended a strike at the container terminal on May 21.'],
  });

  test("the event is offered with this year's June 4, and a brief that has it right is left alone", () => {
    const typed = 'The steel tar';
    assert.deepStrictEqual(
      corpus.engine().complete(typed, typed.length, 'D MMMM YYYY').map((c) => `${c.label} | ${c.detail}`),
      ['50% tariff | tariff · 4 June 2025'],
    );
    assert.deepStrictEqual(corpus.warnings('The US raised steel tariffs to 50% on June 4, 2025.'), []);
  });

  test('a start date still ahead stays ahead', () => {
    const facts = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('steel.txt'));
    assert.deepStrictEqual(facts.map((f) => f.date.value).sort(), ['2025-06-04', '2025-11-01']);
  });
});
