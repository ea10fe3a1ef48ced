// Round 510. "The Strasbourg plenary gave its consent on December 13, 2018, with 474 votes" was left
// alone against "The European Parliament gave its consent on 12 December 2018 by 474 votes": the
// brief's clause was taken to open with an actor, Strasbourg, whom the source does not name. A
// place before the occasion held there ("the Strasbourg plenary", "the Geneva talks") is a venue.
// Round 699: so is a place's plenary ("Strasbourg's plenary endorsed …").
// Round 517: so is a place before a ceremony ("The Auckland signing ceremony … was held on Saturday").
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a place naming an occasion is no actor', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'consent.txt': [
      'Japan trade pact in force',
      '',
      'BRUSSELS, Feb. 1, 2019 (Wire) - The trade agreement between the European Union and Japan entered into force on Friday.',
      '',
      'The European Parliament gave its consent on 12 December 2018 by 474 votes to 152, and member states adopted the decision a week later.',
    ],
    'auckland.txt': [
      'Britain signs Pacific pact',
      '',
      'AUCKLAND, July 16, 2023 (Wire) - Britain signed the accession protocol of the Pacific trade pact on Sunday at a meeting of its ministers in Auckland, Business Secretary Kemi Badenoch said.',
    ],
    'strasbourg.txt': [
      'Strasbourg hosts a climate forum',
      '',
      'STRASBOURG, Oct. 3, 2018 (Wire) - The city of Strasbourg opened a forum on river shipping on Wednesday, with 474 delegates.',
    ],
  });

  test('the plenary named by its city is the parliament that voted', () => {
    assert.deepStrictEqual(corpus.warnings('The Strasbourg plenary gave its consent to the Japan pact on December 13, 2018, with 474 votes in favour and 152 against.'), ['date-conflict December 13, 2018 -> 2018-12-12']);
  });

  test('a plenary named by its city’s possessive is the parliament that voted', () => {
    assert.deepStrictEqual(corpus.warnings("Strasbourg's plenary gave its consent to the Japan pact on December 13, 2018, with 474 votes in favour and 152 against."), ['date-conflict December 13, 2018 -> 2018-12-12']);
  });

  test('a signing ceremony named by its city is the signing', () => {
    assert.deepStrictEqual(corpus.warnings('The Auckland signing ceremony for the accession protocol of the Pacific trade pact was held on July 15, 2023.'), ['date-conflict July 15, 2023 -> 2023-07-16']);
  });

  test('the city acting is still another actor', () => {
    assert.deepStrictEqual(corpus.warnings('Strasbourg gave its consent to the Japan pact on December 13, 2018.'), []);
  });
});
