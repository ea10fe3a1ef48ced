// Round 808 (held out, measured first): "ITAC held its oral hearing on frozen bone-in chicken from
// Brazil on 12 November 2023" (a year off) was not checked against "After considering written
// submissions …, the Commission held an oral hearing on 12 November 2024": "after considering" tells
// what was done, not a plan under consideration ("is considering a ban from 1 July" still is one).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: "after considering" is no hedge', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'release.txt': [
      'International Trade Administration Commission',
      'Published 3 March 2025',
      '',
      'After considering written submissions from Brazilian exporters and South African importers, the Commission held an oral hearing on frozen bone-in chicken from Brazil on 12 November 2024.',
      '',
      'The Commission is considering a ban on frozen bone-in chicken imports from 1 July 2025.',
    ],
  });

  test('the hearing told after "after considering" is checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The Commission held its oral hearing on frozen bone-in chicken from Brazil on 12 November 2023.'), ['date-conflict 12 November 2023 -> 2024-11-12']);
  });

  test('a ban under consideration is still no date to hold a brief to', () => {
    assert.deepStrictEqual(corpus.warnings('- The Commission banned frozen bone-in chicken imports from 1 June 2025.'), []);
  });
});
