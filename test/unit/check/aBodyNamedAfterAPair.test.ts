// Round 781 (held out, measured first): "The EU–Ukraine Association Committee adopted the decision on
// 27 October 2025" (a day off) was not checked against "On 28 October, the Ukraine-EU Association
// Committee in trade configuration adopted the relevant decision": a body named after a pair is one
// body in either order, and an en dash between the two names is their hyphen.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a body named after a pair, in either order', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'kyiv.txt': [
      'Ministry of Economy of Ukraine',
      'Published 29 October 2025',
      '',
      'On 28 October, the Ukraine-EU Association Committee in trade configuration adopted the relevant decision.',
      '',
      'The EU-Ukraine Association Committee will review the quotas every year.',
    ],
  });

  test('the pair in the other order, with an en dash, names the same body', () => {
    assert.deepStrictEqual(corpus.warnings('- The EU–Ukraine Association Committee adopted the decision on 27 October 2025.'), ['date-conflict 27 October 2025 -> 2025-10-28']);
  });

  test('and the body is one entity with both names', () => {
    const names = corpus.engine().snapshot().entities.filter((e) => /Association Committee/.test(e.name));
    assert.strictEqual(names.length, 1, names.map((e) => e.name).join(', '));
  });
});
