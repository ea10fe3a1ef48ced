// Round 734 (held out, measured first): "Talks formally resumed in New Delhi on 21 February 2025"
// was not held to "negotiations resumed on 24 February 2025": a resumption is a start (of the talks
// again), as an opening or a launch is, and the best match, a week of talks held in London later,
// tells another event.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: talks resumed', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'road.txt': ['The long road to a pact', '', 'After the elections, Business and Trade Secretary Jonathan Reynolds travelled to New Delhi, and negotiations resumed on 24 February 2025.'],
    'london.txt': ['Deal done', '', 'LONDON, May 6, 2025 (Wire) - Jonathan Reynolds and Piyush Goyal had held several days of talks in London last week before the deal was concluded.'],
  });

  test('the day talks resumed is checked against the day a source gives', () => {
    assert.deepStrictEqual(corpus.warnings('- Talks formally resumed in New Delhi on 21 February 2025, with Jonathan Reynolds and Piyush Goyal leading.'), ['date-conflict 21 February 2025 -> 2025-02-24']);
  });

  test('the right day stays silent', () => {
    assert.deepStrictEqual(corpus.warnings('- Talks formally resumed in New Delhi on 24 February 2025, with Jonathan Reynolds and Piyush Goyal leading.'), []);
  });
});
