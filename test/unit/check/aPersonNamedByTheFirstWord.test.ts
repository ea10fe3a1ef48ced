// Round 922 (held out, measured first; a miss). "Airlangga met Commerce Secretary Howard Lutnick in
// Washington on 9 June 2025" was never held to "Two days later, on July 9, Coordinating Minister for
// Economic Affairs Airlangga Hartarto met Commerce Secretary Howard Lutnick in Washington": the
// corpus knew "Airlangga" and "Airlangga Hartarto" as two people. A person named by the one word that
// opens another's full name is that person.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a person named by the first word of the name', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'jakarta.txt': [
      'JAKARTA, July 12, 2025 (Wire) - Indonesia pressed on with talks to lower its US tariff.',
      '',
      'Coordinating Minister for Economic Affairs Airlangga Hartarto met Commerce Secretary Howard Lutnick in Washington on July 9 to press for a lower tariff.',
    ],
    'jakarta-talks.txt': [
      'JAKARTA, July 23, 2025 (Wire) - Indonesia set out the terms it had agreed with Washington.',
      '',
      'Coordinating Economic Affairs Minister Airlangga Hartarto, the chief negotiator, told reporters in Jakarta on Wednesday that the text would follow.',
      '"The rate is now 19 percent, among the lowest in the region," said Coordinating Minister Airlangga.',
    ],
  });

  test('the meeting the brief dates a month early', () => {
    assert.deepStrictEqual(corpus.warnings('- Airlangga met Commerce Secretary Howard Lutnick in Washington on 9 June 2025 to press for a lower rate.'), ['date-conflict 9 June 2025 -> 2025-07-09']);
  });

  test('the right day is no conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- Airlangga met Commerce Secretary Howard Lutnick in Washington on 9 July 2025 to press for a lower rate.'), []);
  });
});
