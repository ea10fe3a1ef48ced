// A phrase the brief shares with a source right beside the source's date ("tariff deadline")
// picks that source over one that only shares the words; the same words far from the date do not.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: shared phrases', () => {
  const corpus = tempCorpus({
    'deadlines.txt': [
      'Deadlines loom',
      'OTTAWA, June 3, 2025 -',
      "The app's licence deadline in Canada is set to expire on June 19.",
      'Exporters were told to table offers soon, with the tariff deadline of July 8 close at hand.',
      'Negotiators agreed on a provisional truce at talks in Geneva in early May that was meant to lower their levies after duties had climbed to 145 per cent, officials said.',
      'Dock workers ended a strike at the container terminal on May 21.',
      'Grain barges resumed sailing on May 22 after repairs to a lock.',
    ],
    // Unrelated news, so that the shared words are rare in the corpus, as in a real one.
    'harbour.txt': [
      'Harbour news',
      'HALIFAX, June 4, 2025 -',
      'A ferry line added a second crossing on June 2.',
      'The harbour master reported record cruise arrivals on May 30.',
      'Fishermen landed the first lobster catch of the season on May 28.',
    ],
  });

  const found = corpus.warnings;

  test('"the tariff deadline" is the tariff deadline, not another deadline that expires', () => {
    assert.deepStrictEqual(found('The tariff deadline for partners expires on July 10, 2025.'), ['date-conflict July 10, 2025 -> 2025-07-08']);
  });
  test('words shared far from the source date do not make a conflict', () => {
    assert.deepStrictEqual(found('Duties had climbed to 145% in April 2025.'), []);
  });
});
