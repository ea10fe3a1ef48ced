// Rounds 473 and 474: "Haryana's assembly polls of October 8, 2024" (wrong: the state votes on
// Oct. 5) and "Gary Cohn … disclosed his departure on Wednesday, March 7, 2018" (wrong: he announced
// his resignation on Tuesday) were let pass: the brief and the source name one thing in two words.
// So were a signature against a signing, and "began" against "started", in earlier rounds.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: two words for one thing', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'rice.txt': ['Rice curbs eased', '', 'NEW DELHI, Sept. 30, 2024 (Wire) - Growers in Punjab and Haryana had pressed for the curbs to go, and analysts tied the timing to the assembly election in Haryana, which votes on Oct. 5.'],
    'nairobi.txt': ['Parliament backs Kenya pact', '', 'STRASBOURG, Feb. 29, 2024 (Wire) - The vote comes after the Commission President and Kenyan President William Ruto signed the agreement in Nairobi on December 18.'],
    'quito.txt': ['Assembly dissolved', '', 'QUITO, May 17, 2023 (Wire) - President Guillermo Lasso dissolved the opposition-led National Assembly on Wednesday, using a constitutional power never used before.'],
    'cohn.txt': ['Tariffs signed', '', 'WASHINGTON, March 8, 2018 (Wire) - The decision split the administration: Gary Cohn, the chief economic adviser and a leading opponent of the tariffs, announced his resignation on Tuesday.'],
  });

  test('polls and a vote', () => {
    assert.deepStrictEqual(corpus.warnings("Observers tied the timing to Haryana's assembly polls of October 8, 2024."), ['date-conflict October 8, 2024 -> 2024-10-05']);
  });

  test('a departure and a resignation', () => {
    assert.deepStrictEqual(corpus.warnings('Gary Cohn, the adviser who had fought the plan, disclosed his departure on March 7, 2018.'), ['date-conflict March 7, 2018 -> 2018-03-06']);
  });

  test('a signature and a signing', () => {
    assert.deepStrictEqual(corpus.warnings('The Commission President was in Nairobi for the signature ceremony with Ruto on Tuesday, December 19, 2023.'), ['date-conflict Tuesday, December 19, 2023 -> 2023-12-18']);
  });

  test('one form for each', () => {
    assert.deepStrictEqual(contentTerms('began begun begins beginning'), contentTerms('started starts start starting'));
    assert.deepStrictEqual(contentTerms('signature signatures'), contentTerms('signed signs'));
    assert.deepStrictEqual(contentTerms('poll ballot approval departure quit'), contentTerms('vote vote approved resigned resigned'));
    // Round 696: "lost the Nov. 19 runoff" is the second-round vote.
    assert.deepStrictEqual(contentTerms('runoff run-off'), contentTerms('vote vote'));
    // Rounds 696 and 702: "dismantled that first cepo", "the EV subsidy probe".
    assert.deepStrictEqual(contentTerms('dismantled anti-subsidy anti-dumping'), contentTerms('scrapped subsidy dumping'));
    // An act's noun and its verb (round 682: "Lasso's dissolution of the National Assembly").
    assert.deepStrictEqual(contentTerms('dissolution suspension agreement announcement withdrawal'), contentTerms('dissolved suspended agreed announced withdrew'));
  });

  test('a dissolution and "dissolved"', () => {
    assert.deepStrictEqual(corpus.warnings("Lasso's dissolution of the National Assembly on May 16, 2023 put the ratification timetable in doubt."), ['date-conflict May 16, 2023 -> 2023-05-17']);
  });
});
