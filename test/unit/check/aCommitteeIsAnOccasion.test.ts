// Round 800 (held out, measured first): "Member states backed definitive duties in the trade defence
// committee on 22 January 2025" (a day off) was not checked against "Member state representatives
// endorsed the Commission's proposal at a meeting of the trade defence committee on 21 January 2025":
// a claim that names a committee tells of its sitting, as one that names a meeting does.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a committee is an occasion', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'duties.txt': [
      'EU makes biodiesel duties definitive',
      '',
      'Member state representatives endorsed the Commission’s proposal at a meeting of the trade defence committee on 21 January 2025.',
    ],
  });

  test('the day the committee backed the duties is checked against its meeting', () => {
    assert.deepStrictEqual(corpus.warnings('- Member states backed definitive duties in the trade defence committee on 22 January 2025.'), ['date-conflict 22 January 2025 -> 2025-01-21']);
  });

  test('and the right day is not flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- Member states backed definitive duties in the trade defence committee on 21 January 2025.'), []);
  });
});
