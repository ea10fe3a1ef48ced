// A brief in British spelling meets a source in American ("aluminium" ~ "aluminum", "licences" ~
// "licenses"); what was begun tells one beginning from another ("began issuing" is not "began
// reviewing"); and a move's verb after its date ("China on Thursday sharply expanded its controls")
// dates the move, not the start of what it set.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: spellings, beginnings and moves', () => {
  const corpus = tempCorpus({
    'release.txt': ['Surtax notice', 'Published: August 26, 2024', 'A 25 per cent surtax on aluminum products from Ruritania takes effect on October 15, 2024.'],
    'chips.txt': ['Chip licences', 'Published: August 20, 2025', 'In July, the government began reviewing licenses for sales of the Z20 chip to Ruritanian customers.'],
    'controls.txt': [
      'Rare earth controls widen',
      'Published: October 10, 2025',
      'Ruritania on Thursday sharply expanded its controls on rare earths, adding five more elements to its licensing list.',
    ],
    ...RATE_NEWS,
  });

  test('British and American spellings are one word', () => {
    assert.deepStrictEqual(contentTerms('aluminium licences organised labour centre'), contentTerms('aluminum licenses organized labor center'));
    assert.deepStrictEqual(corpus.warnings('The aluminium surtax took effect on October 22, 2024.'), ['date-conflict October 22, 2024 -> 2024-10-15']);
  });

  test('issuing licences is another beginning than reviewing them', () => {
    assert.deepStrictEqual(corpus.warnings('The government began issuing the first Z20 licences on Friday, August 8, 2025.'), []);
  });

  test('a move dated by its verb does not date the start it set', () => {
    assert.deepStrictEqual(corpus.warnings('The five added elements needed licences from Saturday, November 8, 2025.'), []);
  });
});
