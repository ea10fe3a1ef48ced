// What a timeline, an op-ed and a wire story date: the entry's day for a clock time in it, not the
// page's; no event for the year in a law's name or a numbered notice's; a rate named whole ("27.5%").
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
      'Announcement No. 57 of 2025 puts five more metals under licensing from November 8, 2025.',
      'The ban was given effect by a notice under the Export and Import Control Act, 1994, in June 2023.',
    ],
    'factbox.md': [
      '# Factbox: the year in levies',
      '*Compiled by the Markets Desk, November 3, 2025*',
      'The main steps so far:',
      '- **Feb. 1** — Ottawa signs orders for 25% levies on potash. They were due to start Feb. 4.',
      '- **March 6** — Ottawa exempts fertiliser blends; the exemption applies from March 7.',
      '- **Jan. 1, 2026** — A higher rate on blends is scheduled to begin.',
    ],
    'ports.txt': PORT_NEWS,
  });

  test('a timeline’s entries are history, and the dates inside an entry are near its own day', () => {
    const doc = corpus.engine().snapshot().documents.find((d) => d.file.endsWith('factbox.md'));
    assert.strictEqual(doc?.date, '2025-11-03');
    const values = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('factbox.md')).map((f) => `${f.date.text} ${f.date.value}`);
    assert.deepStrictEqual(values, ['Feb. 1 2025-02-01', 'Feb. 4 2025-02-04', 'March 6 2025-03-06', 'March 7 2025-03-07', 'Jan. 1, 2026 2026-01-01']);
  });

  test('a clock time in a dated entry is on the entry’s day', () => {
    const facts = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('timeline.txt') && f.date.type === 'TIME');
    assert.deepStrictEqual(facts.map((f) => f.date.value), ['2025-04-07T00:01']);
    assert.deepStrictEqual(corpus.warnings('The 12% levy on potash took effect on May 20, 2025.'), ['date-conflict May 20, 2025 -> 2025-04-07']);
  });

  // (Nor the year of a numbered instrument, round 828: "Announcement No. 57 of 2025"; nor, round
  // 1526, the year after a comma in a law's name as the Commonwealth writes it.)
  test('the year in a law’s or a numbered notice’s name dates nothing', () => {
    const years = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('history.txt')).map((f) => f.date.value);
    assert.deepStrictEqual(years, ['2018', '2025-03-12', '2025-11-08', '2023-06']);
  });

  test('a rate is named whole', () => {
    const names = corpus.engine().snapshot().events.map((e) => e.name);
    assert.ok(names.some((n) => n.startsWith('27.5% tariff')), names.join(' | '));
    assert.ok(!names.some((n) => n.startsWith('5% tariff')), names.join(' | '));
  });
});
