// Round 790 (held out, measured first): "The UK and the Gulf Cooperation Council formally launched FTA
// negotiations in Riyadh on 23 June 2022" (a day off) was best matched by the sixth round "in
// Riyadh" of February 2024, another occurrence far from the brief's day, and left unchecked; the
// close match near its day ("formally launched negotiations in Riyadh on 22 June 2022") answers it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const ROUND = [
  'LONDON, Feb 19, 2024 (Gulf Trade Wire) - Britain and the Gulf Cooperation Council wrapped up a sixth round of free trade negotiations in Riyadh on Friday.',
  '',
  // (A coarser date that holds the brief's day gives no day: it does not silence the near match.)
  'The negotiations began in June 2022 and have alternated between London and Riyadh since.',
];
const EXPLAINER = ['UK-GCC talks: where things stand', '', 'The UK and the GCC formally launched negotiations in Riyadh on 22 June 2022.'];

suite('check: a near match answers when the best one is far off', () => {
  const corpus = tempCorpus({ ...rateNews(12), 'round.txt': ROUND, 'explainer.txt': EXPLAINER });

  test('the launch a day off is flagged against the launch, not the later round', () => {
    assert.deepStrictEqual(corpus.warnings('- The UK and the Gulf Cooperation Council formally launched FTA negotiations in Riyadh on 23 June 2022.'), ['date-conflict 23 June 2022 -> 2022-06-22']);
  });

  test('the launch on its day is not flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- The UK and the Gulf Cooperation Council formally launched FTA negotiations in Riyadh on 22 June 2022.'), []);
  });

  suite('when another source gives the brief’s day', () => {
    const agreeing = tempCorpus({ ...rateNews(12), 'round.txt': ROUND, 'explainer.txt': EXPLAINER, 'wire.txt': ['RIYADH, June 23, 2022 (Wire) - Britain and the Gulf Cooperation Council launched talks on a trade deal on Thursday.'] });
    test('the near match does not speak alone', () => {
      assert.deepStrictEqual(agreeing.warnings('- The UK and the Gulf Cooperation Council formally launched FTA negotiations in Riyadh on 23 June 2022.'), []);
    });
  });
});
