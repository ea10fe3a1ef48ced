// Round 500. "The 25% steel and aluminum surtax only entered into force on Oct. 29, 2024" was set
// against "Canada's surtaxes on Chinese electric vehicles, which have been in force since Oct. 1,
// 2024, and on steel and aluminum": the day is the EV surtax's, and the warning proposed it for the
// steel surtax. A duty on other goods than the claim's is another measure's day.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a duty on other goods', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'canola.txt': [
      'China puts deposit on Canadian canola',
      '',
      'Published: 2025-08-12 09:00',
      '',
      "China said its duties were a response to Canada's surtaxes on Chinese electric vehicles, which have been in force since Oct. 1, 2024, and on steel and aluminum.",
    ],
  });

  test('the steel surtax is not set against the EV surtax\'s day', () => {
    assert.deepStrictEqual(corpus.warnings('The 25% steel and aluminum surtax on Chinese goods only entered into force on Oct. 29, 2024.').filter((w) => w.endsWith('2024-10-01')), []);
  });
});

