// Round 667 (held out, measured first): "The Andean free trade negotiations … opened in May 2005"
// (wrong: May 2004) was let pass because the same undated page says the pact "marks its anniversary
// in May", a May of no known year. Against a source that gives the brief's month in another year,
// only a date whose year is known speaks for the brief.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const EXPLAINER = [
  'What the trade pact is worth now',
  '',
  'Formal free trade negotiations opened in May 2004 as part of a wider Andean round that also took in Peru and Ecuador.',
  '',
  'Ecuador later left the round, and the two governments signed a stand-alone deal on November 22, 2006.',
  '',
  'For exporters, the lesson is that the trade pact, which marks another anniversary in May, is only as strong as the politics behind it.',
];

suite('check: a month of no known year beside a source that gives another year', () => {
  const corpus = tempCorpus({ 'explainer.txt': EXPLAINER, ...rateNews(12) });

  test('the year off is warned', () => {
    assert.deepStrictEqual(corpus.warnings('The Andean free trade negotiations that produced the pact opened in May 2005.'), ['date-conflict May 2005 -> 2004-05']);
  });

  test('the right year passes', () => {
    assert.deepStrictEqual(corpus.warnings('The Andean free trade negotiations that produced the pact opened in May 2004.'), []);
  });
});
