import * as assert from 'assert';
import { splitSentences } from '../../../src/core/text/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

suite('sentences', () => {
  test('abbreviations do not end a sentence', () => {
    assert.deepStrictEqual(split('U.S. President Trump spoke on Nov. 1 about it. Then he left.'), ['U.S. President Trump spoke on Nov. 1 about it.', 'Then he left.']);
  });
  test('a title before a name does not end a sentence ("Engr. Gbenga Komolafe", "Hon. …")', () => {
    assert.deepStrictEqual(split('The rules were signed by the Chief Executive, Engr. Gbenga Komolafe, on 28 April 2025. Hon. Mary Otieno spoke next.'), ['The rules were signed by the Chief Executive, Engr. Gbenga Komolafe, on 28 April 2025.', 'Hon. Mary Otieno spoke next.']);
  });
  test('line breaks end a sentence (headlines, list items)', () => {
    assert.deepStrictEqual(split('Headline here\nBody sentence one. Two!'), ['Headline here', 'Body sentence one.', 'Two!']);
  });
  test('closing quotes stay with their sentence', () => {
    assert.deepStrictEqual(split('He said "we agree." Talks resume.'), ['He said "we agree."', 'Talks resume.']);
  });
  test('company suffixes followed by a comma continue', () => {
    assert.deepStrictEqual(split('Oracle Corp., a firm, bid.'), ['Oracle Corp., a firm, bid.']);
  });
  test('a line that opens on an ISO date is a timeline entry of its own', () => {
    assert.deepStrictEqual(split('Timeline of the row\n2025-05-30  Trump accuses China of breaking the deal\n2025-06-02  Commerce ministry rejects the accusations'), [
      'Timeline of the row',
      '2025-05-30  Trump accuses China of breaking the deal',
      '2025-06-02  Commerce ministry rejects the accusations',
    ]);
  });
});
