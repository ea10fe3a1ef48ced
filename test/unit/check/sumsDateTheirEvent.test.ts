// Round 279. "The $5.7 billion in converted grant money reached Intel on Wednesday, 27 August 2025":
// a sum of money names its event. A source that gives that sum on the brief's day agrees, however
// few other words it shares, against a closer statement of another day that names no sum.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const STATEMENT = [
  'Commerce takes a stake in Intel',
  'WASHINGTON, August 22, 2025 -',
  'The Department of Commerce today announced an agreement under which the government becomes a shareholder of Intel, converting grant money already promised to the company into common stock.',
];
const WEEKLY = [
  'Chip policy weekly',
  'August 29, 2025',
  '',
  'Intel finance chief David Zinsner told a conference on Thursday that the company had received $5.7 billion from Washington on Wednesday, August 27.',
];

suite('check: a sum of money dates its event', () => {
  const both = tempCorpus({ ...rateNews(24), 'statement.txt': STATEMENT, 'weekly.txt': WEEKLY });

  test('"$5.7 billion … reached Intel on Wednesday, 27 August 2025" is not held to the day the stake was announced', () => {
    assert.deepStrictEqual(both.warnings('The $5.7 billion in converted grant money reached Intel on Wednesday, 27 August 2025.'), []);
  });

  test('a wrong day for the announcement still warns', () => {
    assert.deepStrictEqual(both.warnings('Commerce announced the agreement converting grant money into Intel stock on August 20, 2025.'), ['date-conflict August 20, 2025 -> 2025-08-22']);
  });
});

suite('check: a sum of money dates its event (without the source that gives it)', () => {
  const statementOnly = tempCorpus({ ...rateNews(24), 'statement.txt': STATEMENT });

  test('the same claim warns when no source gives the sum', () => {
    assert.deepStrictEqual(statementOnly.warnings('The $5.7 billion in converted grant money reached Intel on Wednesday, 27 August 2025.'), ['date-conflict Wednesday, 27 August 2025 -> 2025-08-22']);
  });
});
