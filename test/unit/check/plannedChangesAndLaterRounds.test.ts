// Round 479. "Carney unveiled the removal of counter-tariffs on August 22, 2025" was flagged against a
// headline "Carney says Canada will lift most retaliatory tariffs on U.S. goods Sept. 1": that date
// is the lifting's, a start still ahead, not the day it was told. Round 481. "Akazawa's second round
// of talks in Washington took place on May 1" was flagged against "his eighth trip to Washington since
// the talks began in April": the day the talks began is the first round's, not the second's.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a planned change, and the start of a series', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'rollback.txt': [
      'Carney says Canada will lift most retaliatory tariffs on U.S. goods Sept. 1',
      '',
      'OTTAWA - Prime Minister Mark Carney said on Friday that Canada would drop its counter-tariffs on American goods that comply with the continental trade pact, easing a months-long dispute.',
      '',
      'The counter-tariffs on steel, aluminum and autos stay in place.',
    ],
    'akazawa.txt': [
      'Japan deal reached',
      '',
      'TOKYO, July 23, 2025 (Wire) - Japan and the United States reached a trade deal on Tuesday.',
      '',
      "Ryosei Akazawa, Japan's chief negotiator, was on his eighth trip to Washington since the talks began in April.",
    ],
  });

  test('the day the removal was unveiled is not set against the day it takes effect', () => {
    assert.deepStrictEqual(corpus.warnings('Carney unveiled the removal of counter-tariffs on CUSMA-compliant US goods on August 22, 2025.'), []);
  });

  test('a second round is not dated by the day the talks began', () => {
    assert.deepStrictEqual(corpus.warnings("Akazawa's second round of talks in Washington took place on May 1, 2025."), []);
  });

  test('the talks beginning in another month still is', () => {
    assert.deepStrictEqual(corpus.warnings('The talks between Akazawa and Washington began in June 2025.'), ['date-conflict June 2025 -> 2025-04']);
  });
});
