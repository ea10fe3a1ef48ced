// Round 512. "Brussels adopted its tenth sanctions package on 25 February 2023" was flagged against
// "its fourth sanctions package, adopted on March 15": packages were never counted, as rounds are.
// And a measure's later steps were taken for the measure itself: "The price caps went through their
// first formal review in March 2023" against the day the caps were agreed, "notified WTO members of
// its suspension in April 2022" against the day the suspension was adopted.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a counted package, a review and a notification are their own events', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'package.txt': [
      'EU adopts fourth package',
      '',
      'BRUSSELS, March 15, 2022 (Wire) - The European Union adopted its fourth sanctions package against Russia on Tuesday, folding in the suspension of its most-favoured-nation treatment of Russian goods.',
    ],
    'year-on.txt': [
      'A year of sanctions, looked back on',
      '',
      'Western governments began in earnest when the Group of Seven agreed to withdraw the trade status of Russia. The European Union folded the change into its fourth sanctions package, adopted on March 15.',
    ],
    'caps.txt': [
      'EU agrees product caps',
      '',
      'BRUSSELS, Feb 3, 2023 (Wire) - European Union countries agreed on Friday to set price caps of $100 a barrel on Russian diesel and other oil products.',
      '',
      'The IAEA, in a comprehensive report published on January 20, said the caps were working.',
    ],
  });

  test('another package by its count is another package', () => {
    assert.deepStrictEqual(corpus.warnings('Brussels adopted its tenth sanctions package on 25 February 2023.'), []);
  });

  test('the same package on another day is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Brussels adopted its fourth sanctions package on 18 March 2022.'), ['date-conflict 18 March 2022 -> 2022-03-15']);
  });

  test('a review of the caps is not the day they were set', () => {
    assert.deepStrictEqual(corpus.warnings('The product price caps went through their first formal review in March 2023.'), []);
  });

  test('a review told as a report is that report', () => {
    assert.deepStrictEqual(corpus.warnings('The IAEA published its comprehensive review of the caps on January 27, 2023.'), ['date-conflict January 27, 2023 -> 2023-01-20']);
  });

  test('a notification to the WTO is not the day of the measure', () => {
    assert.deepStrictEqual(corpus.warnings('The EU formally notified WTO members of the trade status change folded into its fourth sanctions package in April 2022.'), []);
  });
});
