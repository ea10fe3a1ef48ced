// Round 451: "| Entry into force for the UK | 17 October 2024 | Tariff cuts apply from this date |"
// was supported by "Nothing changed for traders in October: the tariff cuts … applied only from 15
// December": what a source says did not happen in a month does not support a brief that it did.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: a date of what a source says did not happen', () => {
  const corpus = tempCorpus({
    'explainer.md': [
      '# Joining the Pacific pact: the dates',
      '',
      'Updated 20 December 2024',
      '',
      'Two dates are easily confused. On 16 October 2024, New Zealand confirmed that the UK and enough members had finished their procedures, which started a 60-day countdown; the government announced the 15 December date the next day. Nothing changed for traders in October: the tariff cuts, though legislated months before, applied only from 15 December.',
    ],
    'release.txt': [
      'Press release',
      'Date: 15 December 2024',
      '',
      '- The UK\'s accession to the pact enters into force today',
      '- Tariff cuts for UK traders apply from today',
      '',
      'Confirmation was received from the depositary on 16 October 2024.',
      '',
      'Notes to editors:',
      '- Entry into force for the UK: 15 December 2024',
    ],
  });

  test('"Entry into force … 17 October 2024 | Tariff cuts apply from this date" is flagged, not supported by "Nothing changed … in October"', () => {
    assert.deepStrictEqual(corpus.warnings('| Stage | Date | Comment |\n|---|---|---|\n| Entry into force for the UK | 17 October 2024 | Tariff cuts apply from this date |'), ['date-conflict 17 October 2024 -> 2024-12-15']);
  });

  test('a brief that says the same did not happen in October is not flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Nothing changed for traders in October 2024: the tariff cuts came later.'), []);
  });
});
