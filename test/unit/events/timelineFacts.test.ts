// What a timeline, an op-ed and a wire story date: the entry's day for a clock time in it, not the
// page's; no event for the year in a law's name; a rate named whole ("27.5%").
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('events: timelines, laws and rates', () => {
  const corpus = tempCorpus({
    'timeline.txt': [
      'Levies on fertiliser: a timeline',
      'Last updated: May 20, 2025',
      '- April 7 — The 12% levy on potash takes effect at 12:01 a.m.',
      '- April 30 — Ottawa answers with duties on fertiliser from April 1 to 3 May 2025.',
    ],
    'history.txt': [
      'A short history of safeguards',
      'The measures were taken under the Trade Expansion Act of 1962 and raised in 2018.',
      'Carmakers still pay 27.5% on vehicles, a duty set on March 12, 2025.',
    ],
    'ports.txt': PORT_NEWS,
  });

  test('a clock time in a dated entry is on the entry’s day', () => {
    const facts = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('timeline.txt') && f.date.type === 'TIME');
    assert.deepStrictEqual(facts.map((f) => f.date.value), ['2025-04-07T00:01']);
    assert.deepStrictEqual(corpus.warnings('The 12% levy on potash took effect on May 20, 2025.'), ['date-conflict May 20, 2025 -> 2025-04-07']);
  });

  test('the year in a law’s name dates nothing', () => {
    const years = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('history.txt')).map((f) => f.date.value);
    assert.deepStrictEqual(years, ['2018', '2025-03-12']);
  });

  test('a rate is named whole', () => {
    const names = corpus.engine().snapshot().events.map((e) => e.name);
    assert.ok(names.some((n) => n.startsWith('27.5% tariff')), names.join(' | '));
    assert.ok(!names.some((n) => n.startsWith('5% tariff')), names.join(' | '));
  });
});
