// Round 378: "The aligned-partners exemption order came into force on Monday, 8 September 2025" was
// held to the row "| Sept. 5, 2025 | Exemptions order | Order … signed; in force Sept. 8 |" at its
// Sept. 5: "in force Sept. 8", a label without a verb, was not read as the start the row also gives.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: "in force" as a row’s label', () => {
  const corpus = tempCorpus({
    'timeline.md': ['# Tariff exemptions, step by step', 'Updated 30 September 2025', '', '| Date | Step | Detail |', '|---|---|---|', '| Sept. 5, 2025 | Exemptions order | Order on zero tariffs for aligned partners signed; in force Sept. 8 |'],
    ...RATE_NEWS,
  });

  test('the start the row gives answers a brief’s start', () => {
    assert.deepStrictEqual(corpus.warnings('- The aligned-partners exemption order came into force on Monday, 8 September 2025.'), []);
  });

  test('a start on another day is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- The aligned-partners exemption order came into force on Wednesday, 10 September 2025.').length, 1);
  });
});
