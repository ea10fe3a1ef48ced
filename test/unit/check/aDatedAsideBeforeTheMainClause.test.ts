// Round 1284 (held out, measured first). "AGOA, signed into law in May 2001, gave South African citrus
// duty-free entry to the US for a quarter century" was not held against "AGOA was signed into law …
// on May 18, 2000": the whole sentence was the date's, and the words of its main clause (citrus,
// duty-free entry) drowned the signing in other matches. An aside that opens on a participle right
// after the subject and ends on the date is the date's; the main clause after it weighs as the
// rest of the sentence does.
import * as assert from 'assert';
import { dateClause } from '../helpers/dateClause';
import { roundCorpus } from '../helpers/roundCorpus';

const clauseOf = (text: string) => dateClause(text, '2025-11-20');

suite('check: a dated aside before the main clause', () => {
  test('the subject and its aside are the date’s words', () => {
    assert.strictEqual(clauseOf('AGOA, signed into law in May 2000, gave citrus duty-free entry.'), 'AGOA, signed into law in May 2000');
    assert.strictEqual(clauseOf('The duty, imposed on 4 March, will stay until June.'), 'The duty, imposed on 4 March');
  });

  test('a sentence whose date is its main clause’s keeps all its words', () => {
    assert.strictEqual(clauseOf('The duty, which Ottawa opposes, took effect on 4 March, hitting steel.'), 'The duty, which Ottawa opposes, took effect on 4 March, hitting steel.');
    assert.strictEqual(clauseOf('Officials, meeting on 4 March in Geneva, agreed to talk again.'), 'Officials, meeting on 4 March in Geneva, agreed to talk again.');
  });

  const corpus = roundCorpus('../probe-rounds/r1284');
  test('the aside’s signing is held against the source’s', () => {
    assert.deepStrictEqual(corpus.suggested('- AGOA, signed into law in May 2001, gave South African citrus duty-free entry to the US for a quarter century.'), ['date-conflict May 2001 -> 2000-05-18']);
  });
});
