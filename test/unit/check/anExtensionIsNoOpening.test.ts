// Round 859 (held out, measured first; a false warning of its first reading). "The Commerce Ministry
// extended the canola seed investigation by six months on September 5" (right) was held to "on
// September 9, 2024, the Commerce Ministry opened an anti-dumping investigation into Canadian canola
// seed": opening a thing and extending it are two acts, either way round.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an extension is no opening', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'probe.txt': [
      'BEIJING, Sept 10, 2024 (Wire) - China stepped up its trade dispute with Canada on Monday.',
      '',
      'On September 9, 2024, the Commerce Ministry opened an anti-dumping investigation into Canadian canola seed.',
    ],
  });

  test('the extension is not dated by the opening', () => {
    assert.deepStrictEqual(corpus.warnings('- The Commerce Ministry extended the canola seed investigation by six months on September 5.'), []);
  });

  test('the opening still is', () => {
    assert.deepStrictEqual(corpus.warnings('- The Commerce Ministry opened the anti-dumping investigation into Canadian canola seed on September 3, 2024.'), ['date-conflict September 3, 2024 -> 2024-09-09']);
  });
});
