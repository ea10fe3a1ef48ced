// Rounds 241-242. "Posts of September 25 promised a start date of October 1" names October 1 as a
// start, which does not answer a brief row about when that start was announced; a brief's "had moved
// … on August 15, when Carney announced …" tells the act the source dates, not an earlier one, and its
// "when" clause says who acted; an executive order heading a timeline entry is what was signed, not
// another actor than the brief's "Trump signed"; and "held" alone does not tie a brief's working
// group to the clause "who held talks with Rubio on Sept. 10".
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: start dates, signed orders and "when" clauses', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.txt': [
      'How the wood and truck tariffs came about',
      '',
      'Published: November 3, 2025',
      '',
      'In both cases the president spoke first on social media. His posts of September 25 promised a start date of October 1 for cabinets and for trucks. Neither began that day.',
    ],
    'sawmills.txt': [
      'Sawmill towns brace for a second tariff',
      '',
      'Published: October 20, 2025',
      '',
      'On Aug. 5, Prime Minister Mark Carney announced a support package worth more than C$1.2 billion for the forestry sector, with loan guarantees and retraining money.',
    ],
    'tracker.md': [
      '# Indonesia tariff tracker',
      '',
      'Last updated: 12 November 2025',
      '',
      '**2 April** — President Donald Trump sets a 32% rate for Indonesia at a Rose Garden event, under Executive Order 14257.',
      '',
      '**31 July** — Executive order "Further Modifying the Reciprocal Tariff Rates" signed; Indonesia at 19%.',
    ],
    'seoul-wire.txt': [
      'SEOUL, Sept 12 (Wire) - Foreign Minister Cho Hyun, who held talks with Secretary of State Marco Rubio in Washington on Sept. 10, told reporters the two sides had agreed to set up a joint working group on visas for Korean business travellers.',
    ],
  });

  test('a row about when the start date was announced is not held to the start date', () => {
    assert.deepStrictEqual(corpus.warnings('| Start date first announced | Sept. 25, 2025 |'), []);
  });

  test('"had moved … on August 15, when Carney announced" is flagged against August 5', () => {
    assert.deepStrictEqual(corpus.warnings('Ottawa had moved to cushion mills on August 15, 2025, when Prime Minister Mark Carney announced more than C$1.2 billion for the forestry sector.'), ['date-conflict August 15, 2025 -> 2025-08-05']);
  });

  test('"Trump signed the order" is flagged against the entry that has the order signed a day later', () => {
    assert.deepStrictEqual(corpus.warnings('- **30 July 2025** — Trump signed the order "Further Modifying the Reciprocal Tariff Rates", which set Indonesia at 19%.'), ['date-conflict 30 July 2025 -> 2025-07-31']);
  });

  test('the working group\'s first session is not dated by the talks that agreed on it', () => {
    assert.deepStrictEqual(corpus.warnings('The visa working group held its first session on 30 September 2025.'), []);
  });
});
