// Round 403: "Kansai Cell resumed orders on 12 November" (a day no source gives) was held to "it had
// restarted routine graphite orders that it had held back in October": the pluperfect of an
// irregular verb ("had held", "had sold", "had bought") was not read as an act before the one told.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const ANALYSIS = [
  '# Paused, not withdrawn',
  '',
  'Export licences for graphite anodes are flowing again. Hanbit Cells said last week it had restarted routine graphite orders that it had held back in October while it waited for its suppliers in Shandong to get permits.',
];

suite('check: an act the pluperfect puts before another', () => {
  const corpus = tempCorpus({ 'analysis.md': ANALYSIS, ...RATE_NEWS });

  test('"orders it had held back in October" does not date their restart', () => {
    assert.deepStrictEqual(corpus.warnings('- Hanbit Cells resumed routine graphite orders on 12 November.'), []);
  });

  test('a brief that tells the holding back as earlier is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Hanbit Cells had held back its routine graphite orders in August 2025, before restarting them.'), ['date-conflict August 2025 -> 2025-10']);
  });
});
