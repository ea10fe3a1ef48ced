// Round 643 (held out, measured first; rounds 536, 537 and 606 alike). "The seven-element licensing
// scheme Beijing first imposed in April 2024" was taken as borne out by an undated page's "since
// April, when Beijing first required permits": a yearless month agrees with any year it is read in.
// A dated source's "in April" of as close a match (April 2025) tells the year the other leaves open.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a yearless agreement against a dated source’s year', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'threat.txt': [
      'Trump threatens new tariffs',
      '',
      'The licensing requirements Beijing placed on seven heavy rare earths in April remain outside the pause, officials said.',
    ],
    'busan.txt': [
      'Trump and Xi agree truce',
      '',
      'BUSAN, South Korea, Oct. 30, 2025 (Wire) - The licensing requirements China placed on seven heavy rare earths in April were not part of the truce.',
    ],
  });

  test('the dated source’s year answers the brief’s', () => {
    assert.deepStrictEqual(corpus.warnings('The licensing requirements Beijing placed on seven heavy rare earths in April 2024 remain outside the pause.'), ['date-conflict April 2024 -> 2025-04']);
  });

  test('the brief in that year is borne out', () => {
    assert.deepStrictEqual(corpus.warnings('The licensing requirements Beijing placed on seven heavy rare earths in April 2025 remain outside the pause.'), []);
  });
});
