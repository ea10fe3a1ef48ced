// Round 455: "| Panel request filed | 2 June 2020 |" shared no word with "Seoul formally lodged its
// request for a panel on June 18", and the stemmer kept "filed" and "filing" apart from "files".
// A filing is one word in all its forms, and "lodged" is filed.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';

suite('terms: a filing in other words', () => {
  test('"filed", "filing", "files" and "lodged" are one word', () => {
    assert.deepStrictEqual(contentTerms('filed filing files lodged lodges'), contentTerms('file file file file file'));
  });
});
