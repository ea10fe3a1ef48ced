// Round 398: an undated explainer's row "| 7-11 April 2025 | MEPC 83 | Draft approved on 11 April |"
// put "11 April" (told in the past) in 2025 only from the page's guessed date, so its year counted as unknown and
// "adopted on 11 April 2024" in a brief passed as borne out. A row head that writes its year tells
// the year of a day near it.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

const EXPLAINER = ['# How the shipping levy got stuck', '', '| When | Meeting | Outcome |', '|---|---|---|', '| 7-11 April 2025 | MEPC 83, London | IMO members approved the Net-Zero Framework draft on 11 April, 63 votes to 16 |', '| 17 October 2025 | Extraordinary session, London | Adoption of the Net-Zero Framework put off for a year |', '', 'The levy would have priced ship emissions from 2028.'];

suite('check: the year of a day in a row whose head writes its year', () => {
  const corpus = tempCorpus({ 'explainer.md': EXPLAINER });

  test('another year for that day is a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('- IMO members approved the Net-Zero Framework draft at MEPC 83 on 11 April 2024.'), ['date-conflict 11 April 2024 -> 2025-04-11']);
  });

  test('the row’s own year is borne out', () => {
    assert.deepStrictEqual(corpus.warnings('- IMO members approved the Net-Zero Framework draft at MEPC 83 on 11 April 2025.'), []);
  });
});
