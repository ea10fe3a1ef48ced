// Rounds 343 and 365: a brief's saying of what would come ("Trump announced on Oct. 18 that all
// payments … would end") was kept from a source that dates the saying itself, because the source's
// saying verb stood further from its date than the rule looked ("On Oct. 19 Trump called Petro …
// and announced an end to all payments"), was a word it did not know ("notifies Congress"), or was
// the paper named ("| 21 Aug 2025 | Joint statement on the framework: sides to consider …").
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a saying of what would come, against the saying', () => {
  const corpus = tempCorpus({
    'petro.txt': ['Washington cuts off Bogota', 'BOGOTA, October 21, 2025 -', 'On Oct. 19 Trump called Petro a drug leader and announced an end to all payments and subsidies to Colombia.'],
    'tracker.md': [
      '# Aid and trade tracker',
      'Updated 3 November 2025',
      '',
      '| Date | Step | Detail |',
      '|---|---|---|',
      '| 21 Aug 2025 | Framework text | Joint statement on the framework: sides to consider tariff-rate quotas and to ring-fence supply chains |',
      '| 30 Oct 2025 | Aid withheld | The State Department notifies Congress that it is withholding about $230 million in pending assistance |',
    ],
    ...RATE_NEWS,
  });

  test('"announced an end to all payments" later in the sentence is the announcement', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump announced on Oct. 18, 2025 that all payments and subsidies to Colombia would end.'), ['date-conflict Oct. 18, 2025 -> 2025-10-19']);
  });

  test('"notifies Congress" is the telling', () => {
    assert.deepStrictEqual(corpus.warnings('- The State Department told Congress on 31 October 2025 that some $230 million in aid would be held back.'), ['date-conflict 31 October 2025 -> 2025-10-30']);
  });

  test('the joint statement named in the source is the statement of the brief', () => {
    assert.deepStrictEqual(corpus.warnings('- The joint statement of 27 July 2025 said both sides would consider tariff-rate quotas and ring-fence supply chains.'), ['date-conflict 27 July 2025 -> 2025-08-21']);
  });
});

suite('check: a saying of what would come, against the thing done', () => {
  const corpus = tempCorpus({
    'call.txt': ['Trump and Petro speak', 'WASHINGTON, October 22, 2025 -', 'Trump phoned Petro on Oct. 20 to discuss payments and subsidies to Colombia.'],
    ...RATE_NEWS,
  });

  test('a post that he would phone is not dated by the call', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump said on Oct. 18, 2025 that he would phone Petro about payments and subsidies to Colombia.'), []);
  });
});
