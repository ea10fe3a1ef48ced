// Round 428: "Statistics Canada released its September trade figures on Nov. 4" (a day no source
// gives) was held to a newsletter's week ahead, "- **Thursday:** Statistics Canada's monthly survey
// of manufacturing": the same agency's figures of another measure. Trade, manufacturing, jobs,
// prices and output are told apart as goods are.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const NEWSLETTER = ['# The Trade Desk', '', '## Monday, October 20, 2025', '', 'Ottawa is weighing its next steps.', '', '### The week ahead', '', "- **Thursday:** Statistics Canada's monthly survey of manufacturing."];

suite('check: statistics of other measures', () => {
  const corpus = tempCorpus({ 'newsletter.md': NEWSLETTER, ...RATE_NEWS });

  test('trade figures are not dated by a manufacturing survey', () => {
    assert.deepStrictEqual(corpus.warnings('- Statistics Canada released its September trade figures on Nov. 4.'), []);
  });

  test('the manufacturing survey itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("- Statistics Canada's monthly survey of manufacturing came out on Wednesday, Oct. 22."), ['date-conflict Wednesday, Oct. 22 -> 2025-10-23']);
  });
});
