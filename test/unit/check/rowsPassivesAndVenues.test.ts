// Rounds 183-190, check: who acted and what a source's row tells. A passive brief's actor follows
// "by"; a place that opens a timeline row but is where the brief says it happened is no other actor;
// a date inside "when Trump announced …" is Trump's act; "the dispute" is the quarrel, not a reaction;
// a row that tells the brief's act beside the one it points back at still answers it; a day the
// brief's own sentence gives for something else is not the best match for its other date; a row's
// "executive order sets new rates" is the act, not the day the rates apply.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: who acted, in passive briefs and in rows', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'timeline.md': [
      '# South-east Asia and the tariffs: a timeline',
      '',
      'Last updated: 2025-11-20',
      '',
      '| Date | Event |',
      '|---|---|',
      '| 15 Jul 2025 | Trump unveils the Indonesia framework after speaking with Prabowo; rate set at 19% |',
      '| 26 Oct 2025 | Kuala Lumpur peace accord signed at the ASEAN summit, with Trump and Anwar looking on |',
      '| 10 Nov 2025 | A mine blast injures two Thai troops near the border; Anutin suspends the peace accord |',
    ],
    'wire.txt': [
      'Border truce agreed',
      'Published: 2025-07-29',
      'Thailand and Cambodia agreed to a ceasefire after talks hosted by Malaysia, under pressure from President Donald Trump.',
      'Phnom Penh had first been handed a 49% rate when Trump announced his reciprocal tariffs on April 2, with Bangkok at 36%.',
    ],
  });

  test('"Indonesia’s 19% framework was unveiled by Trump on July 16" is flagged: Trump unveiled it on the 15th', () => {
    assert.deepStrictEqual(corpus.warnings('Indonesia’s 19% framework was unveiled by Trump on July 16, 2025, after speaking with Prabowo.'), ['date-conflict July 16, 2025 -> 2025-07-15']);
  });

  test('"Thailand and Cambodia signed the peace accord on October 28 at the ASEAN summit in Kuala Lumpur" is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Thailand and Cambodia signed the peace accord on October 28, 2025 at the ASEAN summit in Kuala Lumpur, with Trump and Anwar looking on.'), ['date-conflict October 28, 2025 -> 2025-10-26']);
  });

  test('"Thailand suspended the peace accord on November 11 after a mine blast injured two troops" is flagged by the row that tells both', () => {
    assert.deepStrictEqual(corpus.warnings('Thailand suspended the peace accord on November 11, 2025 after a mine blast injured two of its troops near the border.'), ['date-conflict November 11, 2025 -> 2025-11-10']);
  });

  test('"Trump’s reciprocal tariff announcement of 3 April" is flagged by "when Trump announced his reciprocal tariffs on April 2"', () => {
    assert.deepStrictEqual(corpus.warnings('Trump’s reciprocal tariff announcement of 3 April 2025 handed Phnom Penh a 49% rate and Bangkok 36%.'), ['date-conflict 3 April 2025 -> 2025-04-02']);
  });
});

suite('check: a quarrel, a sentence’s other day, an order that sets rates', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'border.md': ['# The border quarrel', '', 'Last updated: 2025-11-13', '', '| Date | Event |', '|---|---|', '| 28 May 2025 | A Cambodian soldier is killed in a clash in the Emerald Triangle |'],
    'court.txt': ['Court removes premier', 'Published: 2025-09-06', 'The Constitutional Court had suspended Paetongtarn Shinawatra on July 1 over a leaked call. It removed her from office on August 29.'],
    'rates.md': ['# Africa rates tracker', '', 'Last updated: 2025-10-01', '', '| Date | Step |', '|---|---|', '| 2025-07-31 | Executive order sets new rates: Nigeria and Ghana 15%, Kenya stays at 10% |'],
  });

  test('"The dispute turned deadly on 28 June, when a Cambodian soldier was killed" is flagged: a dispute is no reaction', () => {
    assert.deepStrictEqual(corpus.warnings('The dispute turned deadly on 28 June 2025, when a Cambodian soldier was killed in a clash in the Emerald Triangle.'), ['date-conflict 28 June 2025 -> 2025-05-28']);
  });

  test('"which had suspended her on July 1, removed her on 29 July" is flagged by the removal, not silenced by the suspension', () => {
    assert.deepStrictEqual(corpus.warnings('The Constitutional Court, which had suspended Paetongtarn Shinawatra on July 1, 2025, removed her from office on 29 July 2025.'), ['date-conflict 29 July 2025 -> 2025-08-29']);
  });

  test('"| 2025-08-07 | 15% rate applies to Nigeria and Ghana |" gets no warning from the order that set it on July 31', () => {
    assert.deepStrictEqual(corpus.warnings(['| Date | Step |', '|---|---|', '| 2025-08-07 | 15% rate applies to Nigeria and Ghana |'].join('\n')), []);
  });
});
