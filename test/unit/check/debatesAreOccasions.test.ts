// Round 281. "Malaysia's parliament is due to debate the US agreement in early December": a debate
// is an occasion of its own, not dated by the day the agreement was signed; the signing itself is.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a debate is an occasion', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'live.md': [
      '# ASEAN summit, live',
      '',
      'Updated 28 October 2025',
      '',
      '**26 Oct, 15:40** – The United States and Malaysia sign the Agreement on Reciprocal Trade at the convention centre; a Cambodian agreement comes minutes later.',
    ],
  });

  test('"parliament is due to debate the US agreement in early December" is not held to the signing', () => {
    assert.deepStrictEqual(corpus.warnings("Malaysia's parliament is due to debate the US agreement in early December."), []);
  });

  test('a wrong day for the signing still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The US and Malaysia signed their Agreement on Reciprocal Trade on 25 October 2025.'), ['date-conflict 25 October 2025 -> 2025-10-26']);
  });
});
