// Round 644 (held out, measured first). "India obtained its interim reprieve on public food
// stockholding at the Bali meeting in December 2014" went unflagged against "India … won an interim
// reprieve in Bali in December 2013": the source names no occasion word, but it names the occasion's
// place right before its date, which is how the brief names the occasion.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an occasion named by its place', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'commentary.txt': [
      'What Nairobi left undone',
      '',
      'GENEVA, Jan 12, 2016 (Wire) - India pressed its demands on public stockholding of food grains, for which it won an interim reprieve in Bali in December 2013.',
    ],
  });

  test('the occasion’s place before the source’s date tells the occasion', () => {
    assert.deepStrictEqual(corpus.warnings('India obtained its interim reprieve on public food stockholding at the Bali meeting in December 2014.'), ['date-conflict December 2014 -> 2013-12']);
  });

  test('an occasion at another place is still not told', () => {
    assert.deepStrictEqual(corpus.warnings('India obtained its interim reprieve on public food stockholding at the Geneva meeting in December 2014.'), []);
  });
});
