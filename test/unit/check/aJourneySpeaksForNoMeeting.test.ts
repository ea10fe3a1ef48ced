// Round 843 (kept; a miss until now). "Keller-Sutter and Parmelin met Secretary of State Marco Rubio
// in Washington on 5 August" was left alone: "travelled to Washington on 5 August 2025" spoke for it,
// beside "On 6 August 2025 they held talks with US Secretary of State Marco Rubio". A journey does
// not speak for what was done at its end.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a journey speaks for no meeting', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'release.txt': [
      'Press release',
      '',
      'Bern, 7 August 2025',
      '',
      'President Karin Keller-Sutter and Federal Councillor Guy Parmelin travelled to Washington on 5 August 2025 at short notice. On 6 August 2025 they held talks with US Secretary of State Marco Rubio.',
    ],
  });

  test('the meeting is checked against its own day', () => {
    assert.deepStrictEqual(corpus.warnings('- Keller-Sutter and Parmelin met Secretary of State Marco Rubio in Washington on 5 August.'), ['date-conflict 5 August -> 2025-08-06']);
  });

  test('the journey is answered by the journey', () => {
    assert.deepStrictEqual(corpus.warnings('- Keller-Sutter and Parmelin travelled to Washington on 5 August.'), []);
  });
});
