// Round 792 (held out, measured first): "The EU Council adopted its decision to conclude the agreement
// on 27 June 2024" (a month off) was not checked against "The Council of the EU adopted the decision
// on the conclusion of the agreement on 27 May 2024", nor "The European Parliament gave its consent on
// February 28, 2024" against "Members of the European Parliament on Thursday gave their consent": a
// body named "<body> of <owner>" is the claim's "<owner> <body>", and its members act as it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a body named the other way round, and its members', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'release.txt': [
      'EU-Kenya partnership agreement enters into force',
      'Published 1 July 2024',
      '',
      'The Council of the EU adopted the decision on the conclusion of the agreement on 27 May 2024.',
    ],
    'consent.txt': [
      'STRASBOURG, Feb 29, 2024 (Wire) - Members of the European Parliament on Thursday gave their consent to the partnership agreement between the EU and Kenya.',
      '',
      'The European Parliament had debated the agreement in January.',
    ],
  });

  test('"the EU Council" is the Council of the EU', () => {
    assert.deepStrictEqual(corpus.warnings('- The EU Council adopted its decision to conclude the agreement on 27 June 2024.'), ['date-conflict 27 June 2024 -> 2024-05-27']);
  });

  test('the members of the European Parliament act as the Parliament', () => {
    assert.deepStrictEqual(corpus.warnings('- The European Parliament gave its consent to the partnership agreement on February 28, 2024.'), ['date-conflict February 28, 2024 -> 2024-02-29']);
  });

  test('and the right days are not flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- The EU Council adopted its decision to conclude the agreement on 27 May 2024.'), []);
    assert.deepStrictEqual(corpus.warnings('- The European Parliament gave its consent to the partnership agreement on February 29, 2024.'), []);
  });
});
