// A bare weekday the story has just given with its date is that day; a source sentence that tells of
// no occasion does not date one.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('dates and check: weekdays named before, occasions untold', () => {
  test('"on Sunday evening" after "Sunday, 11 May" is that Sunday, not the last one before the text', () => {
    const text = 'Talks ran on Saturday, 10 May and Sunday, 11 May at a villa. Neither side said much as they left on Sunday evening.';
    const evening = extractDates(text, { referenceDate: '2025-06-13' }).find((m) => m.text === 'Sunday evening');
    assert.strictEqual(evening?.value, '2025-05-11TEV');
  });

  const corpus = tempCorpus({
    'live.html': [
      '<p>Live: trade talks in Harbour City</p>',
      '<p>Published 26 October 2025</p>',
      '<p>Topics: the Ruritanian port fees that began on 14 October, the cheese tariff, grain purchases, and the truce that is due to expire on 10 November.</p>',
    ],
    ...RATE_NEWS,
  });

  test('a topics line dates its topics, not the talks about them', () => {
    assert.deepStrictEqual(corpus.warnings('Day one of the Harbour City talks, on 25 October 2025, covered the Ruritanian port fees, the cheese tariff and grain.'), []);
  });
});
