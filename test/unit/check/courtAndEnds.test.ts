// A court's hearing and its ruling are two dates of one case; a date after "until" ends a state of
// things. Neither contradicts a brief about something else that shares the sentence's words.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: court acts and ends', () => {
  const corpus = tempCorpus({
    'appeal.txt': [
      'Appeals court rules on levies',
      'OTTAWA, October 3, 2025 -',
      'On Friday, Oct. 3, the Federal Court of Appeal ruled 5-2 that the surtax on Chinese electric vehicles was lawful.',
      'It kept the surtax on electric vehicles in force until Nov. 28 so that importers could seek leave to appeal.',
    ],
    'ports.txt': PORT_NEWS,
  });

  test('a hearing is not contradicted by the ruling', () => {
    assert.deepStrictEqual(corpus.warnings('The Federal Court of Appeal heard the appeal on the surtax on September 9, 2025.'), []);
  });

  test('a ruling a day off is', () => {
    assert.deepStrictEqual(corpus.warnings('The Federal Court of Appeal ruled on the surtax on October 2, 2025.'), ['date-conflict October 2, 2025 -> 2025-10-03']);
  });

  test('an end after "until" answers only a brief about an end', () => {
    assert.deepStrictEqual(corpus.warnings('Importers filed arguments on the surtax on electric vehicles on November 20, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The court kept the surtax on electric vehicles in force until November 21, 2025.'), ['date-conflict November 21, 2025 -> 2025-11-28']);
  });
});
