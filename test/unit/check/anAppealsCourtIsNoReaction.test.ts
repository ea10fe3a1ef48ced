// Round 495. "The business court of the Amsterdam appeals bench removed Zhang Xuezheng from the
// chief executive post on October 9, 2025" was left alone against "the Enterprise Chamber of the
// Amsterdam Court of Appeal ruled on Oct. 7 that Zhang should be suspended": "appeals" was read as a
// reaction ("appealed the ruling"), which only a source's reaction answers. A court of appeals is
// the one who acts.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: an appeals court is no reaction', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'court.txt': [
      'Dutch court suspends chipmaker chief',
      '',
      'AMSTERDAM, Oct 12, 2025 (Wire) - The Dutch government took control of the chipmaker last week.',
      '',
      'In a parallel case, the Enterprise Chamber of the Amsterdam Court of Appeal ruled on Oct. 7 that founder Zhang Xuezheng should be suspended as chief executive of the chipmaker.',
    ],
  });

  test('the suspension put two days late is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('The business court of the Amsterdam appeals bench suspended Zhang Xuezheng as chief executive of the chipmaker on October 9, 2025.'), ['date-conflict October 9, 2025 -> 2025-10-07']);
  });

  test('an appeal against the ruling is still a reaction the ruling does not date', () => {
    assert.deepStrictEqual(corpus.warnings('Zhang Xuezheng appealed the suspension as chief executive of the chipmaker on October 9, 2025.'), []);
  });
});
