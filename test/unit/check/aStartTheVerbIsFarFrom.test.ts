// Round 485. "The first export licences for gallium were reportedly granted in late September 2023"
// was flagged against "Beijing began requiring licences for gallium and germanium exports in August
// 2023": the source's verb stands far from its date ("began requiring … in"), so its moment was not
// read, and any act was set against it. It is a start: it dates when licences were first needed, not
// when they were first granted or announced.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a start whose verb is far from its date', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'metals.txt': [
      'China bars exports of chip metals to the United States',
      '',
      'Published: 2024-12-03 18:47',
      '',
      'China on Tuesday banned exports of gallium and germanium to the United States.',
      '',
      'Beijing began requiring licences for gallium and germanium exports in August 2023.',
    ],
  });

  test('the day the first licences were granted is not set against the day they were first required', () => {
    assert.deepStrictEqual(corpus.warnings('The first export licences for gallium were reportedly granted in late September 2023.'), []);
  });

  test('the requirement starting in another month still is', () => {
    assert.deepStrictEqual(corpus.warnings('Beijing began requiring licences for gallium exports in October 2023.'), ['date-conflict October 2023 -> 2023-08']);
  });
});
