// Round 488. "Washington abandoned the original deal in January 2018" was left alone against
// "Trump pulled Washington out of the deal in January 2017": the two clauses open with different
// actors, so they were taken for two acts. A head of government acts for it, by the role the sources
// give him ("U.S. President Donald Trump"), as a capital does. (Such a role had not even been read as
// American: "U.S." followed by a space was never matched as a government's name.)
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a head of government acts for it', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'pact.txt': [
      'Eleven nations sign a Pacific pact without Washington',
      '',
      'SANTIAGO, March 8, 2018 (Wire) - Ministers from eleven Pacific Rim countries signed a trimmed trade pact on Thursday, hours before U.S. President Donald Trump was due to sign steel tariff orders.',
      '',
      'Trump pulled Washington out of the original Pacific deal in January 2017, in his first week in office. The United States had signed it a year earlier.',
    ],
    'minister.txt': [
      'Minister tours ports',
      '',
      'TOKYO, May 2, 2018 (Wire) - Japanese trade minister Hiroshige Seko pulled Japan out of a rice subsidy deal in March 2018, officials said on Wednesday.',
    ],
  });

  test('the government said to act on the wrong day is flagged against its president', () => {
    assert.deepStrictEqual(corpus.warnings('Washington abandoned the original Pacific deal in January 2018, in the first days of the Trump administration.'), ['date-conflict January 2018 -> 2017-01']);
  });

  test('another government is still another actor', () => {
    assert.deepStrictEqual(corpus.warnings('Tokyo abandoned the original Pacific deal in January 2018.'), []);
  });
});
