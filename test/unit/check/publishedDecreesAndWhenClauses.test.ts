// Rounds 243 and 246. "Lopez Obrador's first decree, covering 392 tariff lines, was published on Aug.
// 15, 2022" tells a publication as much as "a decree published on Aug. 15, 2023" does: an aside
// between the paper and "was published" does not hide it. "That posture ended on December 3, 2024,
// when MOFCOM's Announcement No. 46 barred … exports" dates the act of its "when" clause, not an end,
// so it answers a brief about the ban.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: published decrees and days told by a "when" clause', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'mexico.txt': [
      'How Mexico built its tariff wall',
      '',
      'Published: December 12, 2025',
      '',
      'A decree published on Aug. 15, 2023 raised tariffs of between 5% and 25% on 392 tariff lines, including steel, textiles and chemicals.',
    ],
    'minerals.md': [
      '# China and its minerals',
      '',
      'Published: November 20, 2025',
      '',
      "For years the ministry insisted its controls targeted no country. That posture ended on December 3, 2024, when MOFCOM's Announcement No. 46 barred, in principle, exports of gallium, germanium and antimony to the United States.",
    ],
  });

  test('a decree "covering 392 tariff lines, was published on" a year off is flagged', () => {
    assert.deepStrictEqual(corpus.warnings("Lopez Obrador's first decree, covering 392 tariff lines, was published on Aug. 15, 2022."), ['date-conflict Aug. 15, 2022 -> 2023-08-15']);
  });

  test('the ban told by "when" is flagged a day late', () => {
    assert.deepStrictEqual(corpus.warnings('Announcement No. 46 of 4 December 2024 barred in principle gallium, germanium and antimony exports to the United States.'), ['date-conflict 4 December 2024 -> 2024-12-03']);
  });
});
