// Recall on rounds 99-106: a brief's other date in a clause with its own subject does not claim the
// source's date; a reaction in the infinitive ("urged … to reject") is what was asked for, not a
// reaction; a clause after a colon with its own subject is the date's own.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: joined clauses, infinitives and colons', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Steel: a timeline',
      '',
      'Published: 2025-07-01',
      '',
      '| Date | Event |',
      '|---|---|',
      "| 6 Jun 2025 | Valdor's Economy Secretary Ruiz meets Commerce Secretary Halvorsen in Washington |",
      '| 4 Jun 2025 | President Amaral says Valdor will not retaliate |',
    ],
    'farm-lobby.txt': [
      'Farm lobby rejects the proposal',
      'Veröffentlicht: 03.09.2025 19:15',
      'The farm lobby Agrivox was not persuaded. At a press conference on Tuesday, on the eve of the Commission decision, the group said promises of market monitoring could not replace reciprocal standards, and it urged governments to throw the text out.',
    ],
    'belem.txt': [
      'Amaral upbeat on the pact',
      'Publicado em 07/11/2025 09:12',
      'Ruritanian President Lucas Amaral said on Thursday he was "rather positive" about the trade pact between the Union and Valdor, in his warmest words yet.',
    ],
    ...RATE_NEWS,
  });

  test('"Amaral spoke on June 4, and Ruiz met Halvorsen on June 13" warns on the meeting', () => {
    assert.deepStrictEqual(corpus.warnings('President Amaral said so at his briefing on June 4, 2025, and Economy Secretary Ruiz met Commerce Secretary Halvorsen in Washington on June 13, 2025 to argue for a quota.'), [
      'date-conflict June 13, 2025 -> 2025-06-06',
    ]);
  });

  test('"Agrivox urged governments to reject the text on 3 September" is the urging, dated 2 September', () => {
    assert.deepStrictEqual(corpus.warnings('Agrivox urged governments to reject the text at a press conference on 3 September 2025, the same day the Commission made its move.'), ['date-conflict 3 September 2025 -> 2025-09-02']);
  });

  test('a reaction the subject itself made still needs a source that tells of one', () => {
    assert.deepStrictEqual(corpus.warnings('Agrivox condemned the Commission decision at a press conference on 3 September 2025.'), []);
  });

  test('"Ruritania has been harder to read: Amaral called himself positive on 7 November" is Amaral\'s saying', () => {
    assert.deepStrictEqual(corpus.warnings('Ruritania has been harder to read: Amaral called himself "rather positive" about the Valdor pact on 7 November 2025.'), ['date-conflict 7 November 2025 -> 2025-11-06']);
  });
});

suite('check: hedges and reactions in another clause', () => {
  const corpus = tempCorpus({
    'bill.txt': [
      'Beijing warns over tariff bill',
      'The bill, sent to the Valdor Congress on September 9, would impose duties of up to 50 per cent on imports from countries without a trade agreement.',
      'On September 11, a Ruritanian commerce ministry spokesperson said Ruritania firmly opposes unilateral tariff increases.',
      'On Friday, September 12, President Lucia Amaral said the plan was "not against Ruritania".',
    ],
    ...RATE_NEWS,
  });

  test('"would" after the comma that closes "sent … on September 9" does not hedge the sending', () => {
    assert.deepStrictEqual(corpus.warnings('The Valdor government sent its tariff bill to Congress on 8 September 2025.'), ['date-conflict 8 September 2025 -> 2025-09-09']);
  });

  test('a reaction told in the clause before a semicolon does not make the next clause a reaction', () => {
    assert.deepStrictEqual(corpus.warnings("Ruritania's first reaction came on 11 September 2025, when its commerce ministry said it opposed unilateral tariff increases; President Lucia Amaral answered on 13 September 2025 that the plan was not against Ruritania."), ['date-conflict 13 September 2025 -> 2025-09-12']);
  });
});
