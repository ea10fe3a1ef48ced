// Round 756 (held out, measured first): "Trump first threatened 25% tariffs on all Canadian and Mexican
// imports in a social media post on 25 November 2023" was not held to "Trump first threatened the
// levies in a social media post on Nov. 25, 2024, …, saying they would stay until the two neighbours
// stopped what he called an 'invasion' of drugs and migrants": the drugs of a drug war are no
// pharmaceuticals, and a duty's rate ("25% tariffs on … imports") is no statistic told elsewhere.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the drugs of a drug war are no goods, a duty’s rate no statistic', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'threat.txt': [
      'Tariffs ordered',
      '',
      'WASHINGTON, Feb 2, 2025 (Wire) - President Donald Trump ordered 25% tariffs on imports from Canada and Mexico on Saturday.',
      '',
      'Trump first threatened the levies in a social media post on Nov. 25, 2024, weeks after winning the presidential election, saying they would stay in place until the two neighbours stopped what he called an "invasion" of drugs and migrants.',
    ],
    'pharma.txt': ['Drug tariffs', '', 'BRUSSELS, Oct 2, 2025 (Wire) - Exporters of branded drugs faced a 100% US tariff from October 1.'],
  });

  test('a year slip in the threat is found', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump first threatened 25% tariffs on all Canadian and Mexican imports in a social media post on 25 November 2023.'), ['date-conflict 25 November 2023 -> 2024-11-25']);
  });

  test('the right day is not', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump first threatened 25% tariffs on all Canadian and Mexican imports in a social media post on 25 November 2024.'), []);
  });

  test('medicines are still goods of their own', () => {
    assert.deepStrictEqual(corpus.warnings('- The 100% tariff on branded drugs applied from 1 October 2025.'), []);
  });
});
