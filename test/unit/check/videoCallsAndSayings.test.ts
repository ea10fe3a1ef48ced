// Rounds 473 and 474. "In an April 18 video call with President Biden, Modi had offered Indian grain"
// was not set against "Modi told Biden during a virtual meeting on April 11 …": a virtual meeting was
// read as a meeting face to face, which a call never is. And "Cohn said on Tuesday he would resign"
// was taken as hedged by its "would", though the date is the saying's and firm.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: video calls are calls, and a saying is firm whatever it says', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'wheat.txt': [
      'India halts wheat exports',
      '',
      'NEW DELHI, May 14, 2022 (Wire) - India banned wheat exports on Saturday.',
      '',
      'Prime Minister Narendra Modi told U.S. President Joe Biden during a virtual meeting on April 11 that India was ready to feed the world.',
    ],
    'steel.txt': [
      'Trump signs steel tariffs',
      '',
      'WASHINGTON, March 8, 2018 (Wire) - President Donald Trump signed orders on Thursday imposing duties on steel.',
      '',
      'Gary Cohn, the top economic adviser and an opponent of the duties, said on Tuesday he would resign.',
    ],
  });

  test('"an April 18 video call" is flagged against the virtual meeting of April 11', () => {
    assert.deepStrictEqual(corpus.warnings('In an April 18, 2022 video call with President Biden, Modi offered Indian grain to the world.'), ['date-conflict April 18, 2022 -> 2022-04-11']);
  });

  test('"an April 11 video call" is not', () => {
    assert.deepStrictEqual(corpus.warnings('In an April 11, 2022 video call with President Biden, Modi offered Indian grain to the world.'), []);
  });

  test('"Cohn said on March 7 he would resign" is flagged against "said on Tuesday he would resign"', () => {
    assert.deepStrictEqual(corpus.warnings('Gary Cohn said on Wednesday, March 7, 2018, that he would resign.'), ['date-conflict Wednesday, March 7, 2018 -> 2018-03-06']);
  });
});
