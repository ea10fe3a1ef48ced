// A brief often names a government by its capital ("Hanoi secured its framework", "Ottawa's tax")
// where the sources name the country. The capital then reads as the country, once, and not when it
// is a place ("talks in Hanoi") or qualifies a named body ("Beijing's commerce ministry").
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: a capital standing for its government', () => {
  const corpus = tempCorpus({
    'newsletter.md': [
      '# Trade Desk weekly',
      '## Vietnam: details still pending',
      'The framework that Trump announced with Vietnam on July 2, 2025 set a 20% tariff on Vietnamese goods and 40% on goods found to be transshipped.',
      '## Rare earths',
      'On October 9, 2025, China’s commerce ministry announced far-reaching new export controls on rare earths.',
      '## Elsewhere',
      'Japan and the United States reached their trade deal on July 22, 2025, with a 15% ceiling on most goods.',
      'South Korea agreed its own 15% arrangement on July 30, 2025.',
      'The European Union and Washington issued a joint statement on August 21, 2025.',
      'Canada dropped its digital services tax on June 29, 2025.',
      'India faced an extra 25% duty from August 27, 2025.',
      'Switzerland was hit with a 39% tariff on August 7, 2025.',
    ],
  });

  test('"Hanoi" acting is Vietnam, so a wrong date for Vietnam’s framework warns', () => {
    assert.deepStrictEqual(corpus.warnings('Hanoi had already secured its framework, on July 9, 2025.'), ['date-conflict July 9, 2025 -> 2025-07-02']);
    assert.deepStrictEqual(corpus.warnings('Vietnam had already secured its framework, on July 9, 2025.'), ['date-conflict July 9, 2025 -> 2025-07-02']);
  });

  test('the right date, said with the capital, stays silent', () => {
    assert.deepStrictEqual(corpus.warnings('Hanoi secured its framework with Washington on July 2, 2025.'), []);
  });

  test('a capital as a place is not the government', () => {
    assert.deepStrictEqual(corpus.warnings('Exporters met in Hanoi on July 9, 2025 to discuss the framework.'), []);
  });

  test('a capital qualifying a named ministry adds nothing to it', () => {
    assert.deepStrictEqual(corpus.warnings('Beijing’s commerce ministry confirmed the soybean purchase figures on November 5, 2025.'), []);
  });
});
