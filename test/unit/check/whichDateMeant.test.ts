// Which of a source's dates a brief means: the one written with the brief's event word, the one the
// same source gives in the brief's rarest words, and "the week of March 3" as a week, year or not.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: which of the dates the brief means', () => {
  const corpus = tempCorpus({
    'ruling.txt': [
      'Trade court strikes down levies',
      'OTTAWA, June 20, 2025 -',
      'On June 18, the Federal Court ruled that the cabinet had exceeded its powers, striking down the surtaxes announced on May 2 and the duties imposed on Chinese steel wire over dumping.',
    ],
    'timeline.txt': [
      'Lumber duties: a timeline',
      'Last updated: May 20, 2025',
      '- March 26 — Washington announces a 25% duty on softwood lumber, effective April 3. Millwork is to follow no later than May 3.',
      '- April 3 — The lumber duty takes effect.',
      '- April 14 — The 10% levy on Mexican tomatoes takes effect.',
    ],
    'ports.txt': PORT_NEWS,
  });

  test('"the June 17 ruling" is told the ruling’s day, not another date of that sentence', () => {
    assert.deepStrictEqual(corpus.warnings('The Federal Court’s June 17, 2025 ruling removed the duties imposed on Chinese steel wire over dumping.'), ['date-conflict June 17, 2025 -> 2025-06-18']);
  });

  test('a date the same source gives in the brief’s rarest word is not contradicted by another', () => {
    assert.deepStrictEqual(corpus.warnings('US duties on lumber millwork take effect on May 3, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The lumber duty took effect on April 4, 2025.'), ['date-conflict April 4, 2025 -> 2025-04-03']);
  });

  test('"the week of April 14" without a year is that week', () => {
    assert.deepStrictEqual(corpus.warnings('The 10% levy on Mexican tomatoes took effect the week of April 14.'), []);
    assert.deepStrictEqual(corpus.warnings('The 10% levy on Mexican tomatoes took effect on April 15, 2025, the week of April 14.'), ['date-conflict April 15, 2025 -> 2025-04-14']);
  });
});
