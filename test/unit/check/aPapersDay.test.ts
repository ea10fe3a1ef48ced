// Round 438: "The presidential order giving legal force to the car and aerospace terms dates from 16
// June 2025" (right) was held to the timeline's "| 30 Jun 2025 | Car quota and aerospace terms in
// force |": "dates from" was read as a start. An order that dates from a day is the paper's day;
// and a row that tells terms "in force" is a start, which a paper's day does not answer.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const TIMELINE = ['# The UK-US deal: a timeline', '', '| Date | Step | Detail |', '| --- | --- | --- |', '| 8 May 2025 | General terms announced | Car quota and aerospace promised |', '| 16 Jun 2025 | G7 summit, Kananaskis | Trump signs the implementing executive order |', '| 30 Jun 2025 | Car quota and aerospace terms in force | 100,000 cars a year at 10%; aerospace goods tariff-free |'];

suite('check: a paper’s day, and terms in force', () => {
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('the order "dates from" its signing, not from the terms in force', () => {
    assert.deepStrictEqual(corpus.warnings('- The presidential order giving legal force to the car and aerospace terms dates from 16 June 2025.'), []);
  });

  test('the terms in force are still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The car quota and aerospace terms came into force on 16 June 2025.'), ['date-conflict 16 June 2025 -> 2025-06-30']);
  });
});
