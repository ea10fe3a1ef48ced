// Round 737 (held out, measured first): "Seoul formally withdrew its WTO complaint on March 23, 2022"
// was not held to "Seoul formally withdrew its WTO complaint on March 23, 2023": a withdrawal in the
// brief was read as an undoing the source did not tell, though the source's own clause tells it.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a withdrawal the source tells too', () => {
  const corpus = tempCorpus({
    ...RATE_NEWS,
    'thaw.txt': ['Seoul and Tokyo close the chapter', '', 'Seoul formally withdrew its WTO complaint on March 23, 2023, ending the dispute it had reactivated in 2020.'],
  });

  test('a year slip in the withdrawal is found', () => {
    assert.deepStrictEqual(corpus.warnings('- Seoul formally withdrew its WTO complaint on March 23, 2022.'), ['date-conflict March 23, 2022 -> 2023-03-23']);
  });

  test('the right date stays silent', () => {
    assert.deepStrictEqual(corpus.warnings('- Seoul formally withdrew its WTO complaint on March 23, 2023.'), []);
  });
});
