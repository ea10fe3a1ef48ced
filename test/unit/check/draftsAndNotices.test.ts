// Rounds 491 and 498. "EU ambassadors were given a first look at the draft joint statement on 19
// August" was flagged against "the joint statement of August 21": a draft is read before the text it
// becomes is issued. And "The Federal Register notice making the car tariff cut official went up on
// Wednesday, December 3, 2025" was flagged against a headline "car tariff cut to apply from Nov. 1":
// a start does not date a notice's publication, as it does not date a letter or a saying.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: drafts and notices', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'statement.txt': [
      'EU and US publish joint statement on trade',
      '',
      'Published: 2025-08-21 17:52 CET',
      '',
      'The European Union and the United States on Thursday released a joint statement setting out their trade framework.',
    ],
    'cars.txt': [
      'Seoul and Washington publish fact sheet; car tariff cut to apply from Nov. 1',
      '',
      'Published: 2025-11-14 10:00 KST',
      '',
      'South Korea welcomed the fact sheet on Friday.',
    ],
  });

  test('a first look at the draft statement is not the day it was released', () => {
    assert.deepStrictEqual(corpus.warnings('EU ambassadors were given a first look at the draft joint statement on 19 August 2025.'), []);
  });

  test('the statement itself released on another day still is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('The European Union and the United States released their joint statement on 19 August 2025.'), ['date-conflict 19 August 2025 -> 2025-08-21']);
  });

  test('the day a notice went up is not set against the start it gives', () => {
    assert.deepStrictEqual(corpus.warnings('The Federal Register notice making the car tariff cut official went up on Wednesday, December 3, 2025.'), []);
  });

  test('the cut applied from another day still is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('The car tariff cut applied from December 1, 2025.'), ['date-conflict December 1, 2025 -> 2025-11-01']);
  });
});
