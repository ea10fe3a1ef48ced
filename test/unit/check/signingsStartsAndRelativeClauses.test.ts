// Rounds 190 and 198: a relative clause runs on past an abbreviation's full stop ("Netanyahu, who on
// Feb. 4 became the first foreign leader to meet Trump at the White House, …" tells the visit of
// Feb. 4); a row "Proclamation doubling steel duties to 50%" dates a paper, not the day a brief's "(in
// force)" row tells; and "Turkish steel began paying the restored 25% duty on March 12" tells a start,
// which "Trump signed proclamations on Feb. 10 that restored" does not date.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a relative clause with an abbreviated month', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'wire.txt': ['Israel drops duties', 'Published: 2025-04-02', 'Netanyahu, who on Feb. 4 became the first foreign leader to meet Trump at the White House after the inauguration, has made close alignment with Washington a theme of his government.'],
  });

  test('"the first foreign leader received at the White House on Feb. 14" is flagged by "who on Feb. 4 became the first foreign leader"', () => {
    assert.deepStrictEqual(corpus.warnings('Netanyahu was the first foreign leader received in Trump’s second term, at the White House on Feb. 14, 2025.'), ['date-conflict Feb. 14, 2025 -> 2025-02-04']);
  });
});

suite('check: papers signed and the days duties start', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'live.md': ['# Erdogan in Washington: live', '', 'Last updated: 2025-09-26', '', '| Date | Event |', '|---|---|', '| 3 Jun 2025 | Proclamation doubling steel and aluminium duties to 50% |'],
    'wire.txt': ['Ankara weighs response', 'Published: 2025-04-03', 'Trump signed proclamations on Feb. 10 that restored a flat 25% tariff on all imported steel and ended the exemptions and quotas of earlier deals.'],
  });

  test('"| Steel and aluminium doubled to 50% (in force) | 4 June 2025 |" gets no warning from the proclamation of 3 June', () => {
    assert.deepStrictEqual(corpus.warnings(['| Step | Date |', '|---|---|', '| Steel and aluminium doubled to 50% (in force) | 4 June 2025 |'].join('\n')), []);
  });

  test('"Turkish steel began paying the restored 25% duty on March 12" gets none from the proclamations signed on Feb. 10', () => {
    assert.deepStrictEqual(corpus.warnings('Turkish steel began paying the restored 25% duty on March 12, 2025, when the old exemptions and quotas lapsed.'), []);
  });

  test('the proclamations put on Feb. 11 are still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Trump signed the proclamations restoring a flat 25% tariff on imported steel on Feb. 11, 2025.'), ['date-conflict Feb. 11, 2025 -> 2025-02-10']);
  });
});
