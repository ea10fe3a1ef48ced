// A saying about what will happen is not the happening; "a second round" is not the first; where
// someone spoke tells two speeches apart; "officials confirmed … would not travel" dates the saying.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: sayings of plans, second rounds and where people spoke', () => {
  const corpus = tempCorpus({
    'call.txt': [
      'Leaders speak on birthday',
      'Published: 18 September 2025',
      '',
      'Ruritanian President Anton Varga called Premier Milan Dorsey of Vesperia on Wednesday evening to wish him on his 75th birthday, in a conversation that aides on both sides said touched on the dairy negotiations.',
    ],
    'ad.html': [
      '<p class="stamp">Published October 24, 2025</p>',
      '<p>Governor Ilse Brandt of Nordmark had posted the cheese advert on social media the previous week with the comment that the province would take its case to every buyer. Her office did not answer overnight.</p>',
    ],
    'live.txt': ['Live: dairy duty fallout', 'Updated August 27, 2025', 'Trade Minister Omar Pell will meet representatives of the dairy export councils tomorrow to discuss the duty, ministry sources say.'],
    'ledger.html': [
      '<html><body><h1>Duty doubled</h1><p>Published: 7 August 2025</p>',
      '<p>Trade Minister Omar Pell, speaking in Parliament a week earlier, had told members that the government was studying the first announcement.</p>',
      '<p>In mid-August, officials confirmed the Ruritanian delegation would not travel to Vesperia as planned.</p>',
      '</body></html>',
    ],
    ...RATE_NEWS,
  });

  test('a post about a call to come is not the call', () => {
    assert.deepStrictEqual(corpus.warnings('- **9 September 2025**: Varga posts that the talks are going on and that he will speak with Dorsey soon.'), []);
  });

  test('saying an advert will come down is not posting it', () => {
    assert.deepStrictEqual(corpus.warnings('The next day, Friday, 24 October, Governor Brandt said she would take the cheese advert down after the weekend.'), []);
  });

  test('"a second round of meetings" is not the first', () => {
    assert.deepStrictEqual(corpus.warnings('Pell held a second round of meetings with the dairy export councils on 3 September 2025.'), []);
  });

  test('speaking in one place is not speaking in another', () => {
    assert.deepStrictEqual(corpus.warnings('Pell, speaking in Mumbai on 14 September 2025, told members the government was studying the announcement.'), []);
  });

  test('"officials confirmed the delegation would not travel" dates the confirmation, not a trip', () => {
    assert.deepStrictEqual(corpus.warnings(['| Item | Dates | Status |', '|---|---|---|', '| Pell-led delegation to Vesperia | week of 22 Sep 2025 | planned |'].join('\n')), []);
  });
});
