// Rounds 191-194, check: a table row's rate is the claim's even in another cell ("| China
// counter-tariff | Apr. 11 | Apr. 13 | 125% |" is not the step "from 34% to 84%"), and a sentence's
// rate is its clause's when the clause names none ("doubled to 20% …, the day after Trump signed the
// order on March 3" is not the 10% order of February 1); an answer "to Bessent's warning of Tuesday"
// dates the warning, not the answer.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the rates of a row or a sentence', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'live.md': [
      '# LIVE: the tariff spiral',
      '',
      'Last updated: April 12, 2025, 09:40 HKT',
      '',
      '**April 9, 17:20 Beijing** — The tariff commission lifts China’s counter-tariff from 34% to 84%, in force from April 10.',
    ],
    'fentanyl.txt': ['Fentanyl duty', 'Published: 2025-02-05', 'Trump signed an order on February 1 imposing 10% on all Chinese goods over fentanyl, in force from February 4.'],
  });

  test('"| China counter-tariff | Apr. 11 | Apr. 13 | 125% |" gets no warning from the step to 84%', () => {
    assert.deepStrictEqual(corpus.warnings(['| Step | Announced | In force | Rate |', '|---|---|---|---|', '| China counter-tariff | Apr. 11, 2025 | Apr. 12, 2025 | 125% |'].join('\n')), []);
  });

  test('"doubled to 20% from March 4, the day after Trump signed the order on March 3" gets none from the 10% order', () => {
    assert.deepStrictEqual(corpus.warnings('The fentanyl duty on Chinese goods was doubled to 20% from March 4, 2025, the day after Trump signed the order on March 3.'), []);
  });
});

suite('check: an answer to a warning of another day', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'live.md': [
      '# LIVE: the oil deadline',
      '',
      'Last updated: August 15, 2025, 18:40 ET',
      '',
      '### Jul 30, 2025 — 19:20 ET',
      "In Beijing, the foreign ministry responds to Treasury Secretary Scott Bessent's warning of Tuesday by saying China will always secure its energy supply.",
    ],
  });

  test('"China’s foreign ministry answered Bessent’s warning on Wednesday, 30 July" gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings("China's foreign ministry answered Bessent's warning on Wednesday, 30 July 2025."), []);
  });
});
