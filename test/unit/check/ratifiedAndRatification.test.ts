// Round 579. "The lower house's ratification squeaked through, 238 to 208, on July 11, 2012" met
// nothing in "Russia's lower house of parliament on Tuesday ratified the country's entry": the light
// stemmer left "ratified" as "ratifi" and "ratification" as "ratific" (and "ratifies" as "ratify"), so
// one act in three inflections shared no word. Verbs in -ied and nouns in -ification now meet their
// base: ratify, apply, deny, notify.
import * as assert from 'assert';
import { stem } from '../../../src/core/text/terms';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a ratification and the day it was ratified', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'duma.txt': ['Duma backs entry terms', '', 'MOSCOW, July 10, 2012 (Wire) - The State Duma ratified the accession protocol on Tuesday by 238 votes to 208.'],
  });

  test('the noun in the brief meets the verb in the source', () => {
    assert.deepStrictEqual(corpus.warnings('The Duma’s ratification of the accession protocol passed on July 11, 2012.'), ['date-conflict July 11, 2012 -> 2012-07-10']);
  });

  test('every inflection has one stem', () => {
    assert.deepStrictEqual(['ratified', 'ratifies', 'ratify', 'ratifying', 'ratification', 'ratifications'].map(stem), Array(6).fill('ratify'));
    assert.deepStrictEqual(['applied', 'applies', 'apply'].map(stem), ['apply', 'apply', 'apply']);
  });
});
