// Rounds 162-169: a timeline entry or table row may tell two events of its day, split by a semicolon,
// and the later one answers a claim of its own moment; a date the brief only says is talked of
// ("officials talk of January 2026") asserts nothing to contradict; a rate that "replaced" another is
// dated by its start, not by the order that set it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a later event of a timeline row answers a claim of its moment', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'calendar.md': [
      '# The truce week by week',
      '',
      '| Day | What happened |',
      '|---|---|',
      '| Sat 1 Nov 2025 | Duties on heavy trucks take effect; Commerce Department releases a summary of the soybean deal |',
      '| Mon 3 Nov 2025 | Panel hears the first witnesses; the ban applies from 9 Nov |',
      '| Tue 4 Nov 2025 | Treasury names new sanctions targets |',
    ],
    'wire.txt': ['Markets shrug off the truce', 'NEW YORK, Nov 5, 2025 -', 'Traders said the week had brought more paperwork than clarity.'],
  });

  test('the summary released on another day is flagged against the row’s day', () => {
    assert.deepStrictEqual(corpus.warnings('The Commerce Department released its summary of the soybean deal on 2 November.'), ['date-conflict 2 November -> 2025-11-01']);
  });

  test('the summary on the row’s day gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('The Commerce Department released its summary of the soybean deal on 1 November.'), []);
  });
});

suite('check: a date only talked of is not contradicted', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'wire.txt': ['Leaders meet in Gyeongju', 'GYEONGJU, Oct 31, 2025 -', 'Prime Minister Mark Carney met Chinese President Xi Jinping on Friday on the sidelines of the Pacific summit in Gyeongju, their first formal talks in eight years.', '', 'Xi invited Carney to visit China, and the prime minister accepted, though no date has been set.'],
    'timeline.md': ['# Canada and China: the calendar', '', '| Day | Step |', '|---|---|', '| Thu 30 Oct 2025 | Trump and Xi meet in Busan. |', '| Fri 31 Oct 2025 | Carney meets Xi in Gyeongju on the summit sidelines. |'],
  });

  test('"officials privately talk of January 2026" for their next meeting gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('Carney will meet Xi Jinping again; officials privately talk of January 2026.'), []);
  });

  test('"mooted for January 2026" gets none either', () => {
    assert.deepStrictEqual(corpus.warnings('A second formal meeting of Carney and Xi Jinping is mooted for January 2026.'), []);
  });

  test('the Gyeongju meeting put on another day is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Carney met Xi on the sidelines of the Pacific summit in Gyeongju on 30 October.'), ['date-conflict 30 October -> 2025-10-31']);
  });
});

suite('check: a rate that replaced another is dated by its start', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'statement.md': ['# Trade office statement', '', 'Taipei, 13 November 2025', '', 'After the fourth round, the United States issued an executive order on 31 July 2025 setting a provisional rate of 20 percent for Taiwan, effective 7 August 2025.'],
  });

  test('"a provisional 20% rate replaced it in early August" gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('A provisional 20% rate for Taiwan replaced it in early August.'), []);
  });

  test('the rate replacing it in late August is flagged against its start', () => {
    assert.deepStrictEqual(corpus.warnings('A provisional 20% rate for Taiwan replaced it on 27 August.'), ['date-conflict 27 August -> 2025-08-07']);
  });
});
