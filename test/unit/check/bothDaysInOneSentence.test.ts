// Round 288. "China's graphite licensing requirement came into force on December 1, 2023, more than
// a month after it was announced on October 20, 2023": a source sentence that gives both of the
// brief's days ("announcing on October 20, 2023 that graphite products would need licences from
// December 1, 2023") tells the brief's story, though another sentence shares more of its words
// ("Detailed Regulations … came into force on December 1, 2024") and its day a year later looked
// like a slip of the year. Sources that give both days without a year do not speak for either year.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a source sentence that gives both of the brief’s days', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'toolkit.txt': [
      "Inside Beijing's export control toolkit",
      'BEIJING, 12 October 2025 (Wire) -',
      'China adopted its Export Control Law in October 2020.',
      'Detailed Regulations on the Export Control of Dual-Use Items followed and came into force on December 1, 2024, setting out how licensing requirements work.',
      'In October 2023 Beijing turned to graphite, announcing on October 20, 2023 that certain graphite products would need licences from December 1, 2023.',
    ],
  });

  test('"came into force on December 1, 2023, … announced on October 20, 2023" is not a slip of the year', () => {
    assert.deepStrictEqual(corpus.warnings("China's graphite licensing requirement came into force on December 1, 2023, more than a month after it was announced on October 20, 2023."), []);
  });

  test('the dual-use regulations a year early still warn', () => {
    assert.deepStrictEqual(corpus.warnings('The Detailed Regulations on the Export Control of Dual-Use Items came into force on December 1, 2023.'), ['date-conflict December 1, 2023 -> 2024-12-01']);
  });

  const yearless = tempCorpus({
    ...rateNews(24),
    'timeline.md': ['# Mexico and US tariffs, 2025', '', '| Date | Step |', '|---|---|', '| 4 Mar 2025 | 25% tariffs on Mexican goods take effect |'],
    'feature.txt': ['How the carve-out came', '', 'The tariffs finally took effect on March 4, and two days later Trump exempted goods that comply with the USMCA.'],
  });

  test('a yearless sentence that gives both days does not excuse a slip of the year', () => {
    assert.deepStrictEqual(yearless.warnings('The 25% tariffs on Mexican goods took effect on 4 March 2024, and the USMCA carve-out followed two days later.'), ['date-conflict 4 March 2024 -> 2025-03-04']);
  });
});
