// Round 485. "The US-specific ban on gallium, germanium and antimony imposed on December 3, 2025" was
// left alone, though a dated page tells that ban "on Tuesday" (2024-12-03): an undated page's "last
// December", which names the same ban in more of the brief's words, outscored it, and a much better
// match of another day is taken to speak for another event. A month (or year) that holds the
// source's day does not: it tells the same story more coarsely.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a year slip under a coarser telling of the same event', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'ban.txt': [
      'China bars exports of chip metals to the United States',
      '',
      'Published: 2024-12-03 18:47',
      '',
      'China on Tuesday banned exports of gallium, germanium and antimony to the United States, a day after new US chip curbs.',
    ],
    'truce.txt': [
      'Beijing pauses rare earth rules after leaders meet',
      '',
      'China will suspend its newest rare earth export rules for a year. The US-specific ban on gallium, germanium and antimony that Beijing imposed last December remains unresolved, officials said.',
    ],
  });

  test('the ban put a year late is flagged against the dated page', () => {
    assert.deepStrictEqual(corpus.warnings('Left unresolved was the US-specific ban on gallium, germanium and antimony imposed on December 3, 2025.'), ['date-conflict December 3, 2025 -> 2024-12-03']);
  });

  test('and its right day is not', () => {
    assert.deepStrictEqual(corpus.warnings('Left unresolved was the US-specific ban on gallium, germanium and antimony imposed on December 3, 2024.'), []);
  });
});
