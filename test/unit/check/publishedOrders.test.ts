// Rounds 235-238. "Remission orders published on 16 April" dates the day the orders came out, which
// does not contradict a brief's day they were announced (still a paper's day: "a decree of April 22,
// 2023" is checked against "a decree published on April 22, 2024").
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: published orders', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'analysis.txt': [
      'How Ottawa softened its counter-tariffs',
      '',
      'OTTAWA, April 20, 2025 -',
      '',
      'Remission orders published on 16 April relieved manufacturers, food processors and automakers.',
    ],
    'explainer.md': [
      '# Taiwan and the tariffs',
      '',
      'Published: 20 November 2025',
      '',
      "On July 31, Trump signed an order lowering Taiwan's rate to 20%, effective August 7.",
      '',
      'A decree published on April 22, 2024, raised temporary tariffs on 544 tariff lines, including steel and textiles.',
    ],
  });

  test('remission orders announced on 15 April are not dated by the day they were published', () => {
    const brief = ['| Step | Announced | In force |', '|---|---|---|', '| Remission orders for manufacturers and automakers | Apr 15, 2025 | Apr 17, 2025 |'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief).filter((w) => w.includes('Apr 15')), []);
  });

  test('"a decree of April 22, 2023" is still flagged against the decree published on April 22, 2024', () => {
    assert.deepStrictEqual(corpus.warnings('The bill builds on a decree of April 22, 2023, which raised temporary tariffs on 544 lines including steel and textiles.'), ['date-conflict April 22, 2023 -> 2024-04-22']);
  });
});
