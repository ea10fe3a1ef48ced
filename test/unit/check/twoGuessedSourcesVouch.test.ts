// Round 363: "Emperor Naruhito received Trump at the Imperial Palace on 28 October" went unwarned: a
// yearless wire said he arrived "on Monday" (27 October) and a live blog "yesterday afternoon", but
// both pages were dated by a guess, and a day counted from a guessed page date alone is not firm.
// Two such sources that reach the same day by different words vouch for each other.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = ['Trump lands in Tokyo', 'TOKYO, Oct 28 (Tradewire) - President Donald Trump flew into Tokyo on Monday from Kuala Lumpur and was greeted that evening by Emperor Naruhito at the Imperial Palace.', 'He meets Prime Minister Sanae Takaichi later in the week.'];
const DIET = ['Diet picks Takaichi', 'TOKYO, October 21, 2025 -', 'The Diet chose Sanae Takaichi as prime minister on October 21, the first woman to hold the post.'];
const BRIEF = '- Emperor Naruhito greeted Trump at the Imperial Palace on 28 October 2025.';

suite('check: two guessed sources that give the same day', () => {
  const corpus = tempCorpus({
    'wire.txt': WIRE,
    'live.md': [
      '# Live: the president in Japan',
      '',
      '**Tuesday, October 28, 2025** - times in Tokyo',
      '',
      '**18:10** - Trump touched down at Haneda yesterday evening and drove straight to the Imperial Palace to be greeted by Emperor Naruhito.',
      '',
      '**09:30** - Takaichi, chosen by the Diet a week ago today, hosts him for talks on shipbuilding and rare earths.',
    ],
    'diet.txt': DIET,
    ...RATE_NEWS,
  });

  test('"on Monday" in a yearless wire and "yesterday" in a live blog warn together', () => {
    assert.deepStrictEqual(corpus.warnings(BRIEF), ['date-conflict 28 October 2025 -> 2025-10-27']);
  });

  test('the day both give is not warned', () => {
    assert.deepStrictEqual(corpus.warnings('- Emperor Naruhito greeted Trump at the Imperial Palace on 27 October 2025.'), []);
  });
});

suite('check: one guessed source alone', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, 'diet.txt': DIET, ...RATE_NEWS });

  test('a day counted from a guessed page date is still not enough to warn', () => {
    assert.deepStrictEqual(corpus.warnings(BRIEF), []);
  });
});
