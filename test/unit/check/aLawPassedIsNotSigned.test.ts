// Round 833 (held out, measured first). "President Prabowo signed the ratification law in early July
// 2026" (which no source dates) was held to "The plenary session of the House then passed the
// ratification law on 16 June 2026": a law a body passed, with no one signing it, is the vote, not
// the signing ("law" alone had counted as a signing's word).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a law passed is not a law signed', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'ratification.txt': [
      'How the partnership agreement was ratified',
      '',
      'Published 20 June 2026',
      '',
      'The trade commission approved the bill on 9 June 2026. The plenary session of the House then passed the ratification law on 16 June 2026.',
      '',
      'The bill now goes to President Prabowo Subianto, who is expected to sign it into law in the coming weeks.',
    ],
  });

  test('the signing is not dated by the vote', () => {
    assert.deepStrictEqual(corpus.warnings('- President Prabowo signed the ratification law in early July 2026.'), []);
  });

  test('the vote is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The plenary session of the House passed the ratification law on 18 June 2026.'), ['date-conflict 18 June 2026 -> 2026-06-16']);
  });
});
