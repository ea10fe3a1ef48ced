// Round 738 (held out, measured first): "the 33% rate returned on Tuesday, July 1, 2025" (right) was
// held to "The temporary cut to 26% … expired at the end of Monday as scheduled", Monday being June
// 30: a day's end is the next day's start.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a day’s end is the next day’s start', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'levy.txt': ['Soy levy back to 33%', '', 'BUENOS AIRES, July 2, 2025 (Farm Wire) - Argentina raised its soybean export duty back to 33% this week after the government let a five-month reduction lapse.', '', 'The temporary cut to 26%, in force since late January, expired at the end of Monday as scheduled.'],
  });

  test('the day after the end is not contradicted', () => {
    assert.deepStrictEqual(corpus.warnings('- The cut lapsed as scheduled and the 33% rate returned on Tuesday, July 1, 2025.'), []);
  });

  test('another day is', () => {
    assert.deepStrictEqual(corpus.warnings('- The cut lapsed as scheduled and the 33% rate returned on Friday, June 27, 2025.'), ['date-conflict Friday, June 27, 2025 -> 2025-06-30']);
  });
});
