// When the press reported something is a moment of its own; a hedged range is not held to lie
// within the source's; a full date of another year lends its year only within its paragraph.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: reports, hedged ranges and a brief’s main year', () => {
  const corpus = tempCorpus({
    'explainer.md': [
      '*Explainer | Trade desk | Published June 20, 2025*',
      'On May 23, the Commerce Department told the main US vendors of chip-design (EDA) software to stop selling to Chinese customers without a licence; the letters were first reported several days later.',
      'On April 9, Trump paused most tariffs for 90 days. The pause expires at 12:01 a.m. Eastern time on July 9, so officials sometimes call July 8 the last day. China is not covered by that deadline: its own truce ends on August 12 unless extended.',
      'The London talks were held on June 9–10, and the two sides agreed a framework on June 11.',
    ],
    ...RATE_NEWS,
  });

  test('a brief about when the press reported it is not contradicted by the day it was done', () => {
    assert.deepStrictEqual(corpus.warnings('- EDA curbs were first reported on May 29, 2025.'), []);
    // The day it was done is still checked.
    assert.deepStrictEqual(corpus.warnings('- The Commerce Department told the EDA vendors to stop selling to Chinese customers on May 26, 2025.'), ['date-conflict May 26, 2025 -> 2025-05-23']);
  });

  test('a hedged range is read as roughly the source’s', () => {
    assert.deepStrictEqual(corpus.warnings('The London talks were held around June 9–10, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The London talks were held on June 10–11, 2025.'), ['date-conflict June 10–11, 2025 -> 2025-06-09']);
  });

  test('a full date of another year lends its year only within its paragraph', () => {
    const brief = ['# Truce under strain, 2025', '', 'Geneva cut the rates on May 12, 2025; they applied from May 14, 2025.', '', 'The cuts were first promised on May 14, 2024.', '', 'The leaders spoke on June 5.'].join('\n');
    const june = citedDates(brief).find((c) => c.mention.text === 'June 5')!;
    assert.strictEqual(june.year, 2025);
    const within = citedDates('Talks began on March 3, 2024 and ended on March 9.\n\nLater, on May 2, 2025 and May 9, 2025, they resumed.').find((c) => c.mention.text === 'March 9')!;
    assert.strictEqual(within.year, 2024);
  });
});
