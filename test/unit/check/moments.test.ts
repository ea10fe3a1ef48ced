// One measure has several moments: the day it was agreed or said, the day it took effect, and the
// earlier act it undid. A brief's date answers the source's date of the same moment.
import * as assert from 'assert';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: the moments of one measure', () => {
  const corpus = tempCorpus({
    'accord.txt': [
      'Oslo and Reykjavik cut fish duties',
      'Published: 14 March 2025',
      'Negotiators met in Bergen on March 8 and March 9.',
      'A joint communique released on Monday, March 10, set out the cuts. Starting March 12, Norway will lower the duty on Icelandic cod from 40% to 10%.',
      'Under the accord, both sides agreed to cut the steep duties they had imposed on each other in January for an initial period of 90 days.',
      'The Fisheries Council announced on March 11 that, from March 15, the quota would be doubled.',
    ],
    'page.txt': [
      'Cod exporters cheer',
      'Exporters in Reykjavik said the cut would save the industry millions and that buyers in Oslo had already placed new orders for the spring season, well ahead of the usual schedule.',
      'Processors in the north said they would hire more staff if the lower duty holds beyond the first ninety days of the accord, though some warned that quotas still limit the catch.',
      'Shipping firms expect more sailings between the two countries, and port operators are preparing for heavier traffic through the summer months.',
      'Related stories',
      'Bergen talks end without accord  2025-03-13',
      'Norway and Iceland sign fish pact  2025-03-16',
    ],
    'pause.txt': [
      'Salmon duty pause holds',
      'Traders in Tromso said orders were steady. The pause on salmon duties, which was extended in June for another 90 days, runs until September 10. Without it, the higher rates would return.',
    ],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('an end of effect answers the source’s end, not the extension behind it', () => {
    assert.deepStrictEqual(corpus.warnings('The extended pause on salmon duties runs until September 12, 2025.'), ['date-conflict September 12, 2025 -> 2025-09-10']);
    assert.deepStrictEqual(corpus.warnings('The pause on salmon duties runs until September 10, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The pause on salmon duties was extended in June 2025 for another 90 days.'), []);
  });

  test('a start of effect is not contradicted by the day the accord was released, nor the other way round', () => {
    assert.deepStrictEqual(corpus.warnings('Duties on Icelandic cod were cut from March 12, 2025 under the joint communique.'), []);
    assert.deepStrictEqual(corpus.warnings('Norway agreed on March 10, 2025 to lower the duty on Icelandic cod from 40% to 10%.'), []);
  });

  test('the talks "followed by the joint communique" are dated by the talks', () => {
    assert.deepStrictEqual(corpus.warnings('Negotiators met in Bergen on March 8 and March 9, 2025, followed by the joint communique.'), []);
  });

  test('the earlier act a sentence recalls ("had imposed … in January") does not date the cut', () => {
    assert.deepStrictEqual(corpus.warnings('Both sides cut the steep duties on each other on March 12, 2025.'), []);
  });

  test('a saying whose content is ahead still dates the saying', () => {
    assert.deepStrictEqual(corpus.warnings('The Fisheries Council announced on March 12, 2025 that the quota would be doubled.'), ['date-conflict March 12, 2025 -> 2025-03-11']);
  });

  test('the dated links after a page’s article date nothing', () => {
    const facts = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('page.txt'));
    assert.deepStrictEqual(facts.map((f) => f.date.value), []);
    assert.deepStrictEqual(corpus.warnings('Norway and Iceland signed the fish pact on March 10, 2025.'), []);
  });
});
