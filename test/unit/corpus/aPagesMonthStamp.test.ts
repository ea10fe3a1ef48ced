// Round 461: an explainer stamped "*Analysis | January 2025*" under its title was dated 30 June
// 2026, its latest full date, which was a step of its "What comes next" list; its "the plenary vote
// in November" then fell in 2025. A line near the top that gives only a month and year is the
// page's own month.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string) => {
  const doc = parseArticle('/corpus', '/corpus/a.md', Buffer.from(text, 'utf8')).doc!;
  return [doc.date, doc.dateSource];
};

const page = (stamp: string) =>
  ['# Explainer: how the forest law was delayed', '', stamp, '', 'Parliament used its plenary vote in November to add amendments, and a deal followed on 3 December 2024.', '', '## What comes next', '', '- **30 December 2025** – obligations apply to large operators.', '- **30 June 2026** – obligations apply to small firms.'].join('\n');

suite('corpus: a page\'s month stamp', () => {
  test('"*Analysis | January 2025*" dates the page in January 2025, not on its schedule\'s last day', () => {
    assert.deepStrictEqual(dated(page('*Analysis | January 2025*')), ['2025-01-31', 'inferred']);
  });

  test('a stamp of the month its latest full date is in leaves that date', () => {
    assert.deepStrictEqual(dated(page('December 2024').replace('30 December 2025', '30 December 2025').replace(/## What comes next[\s\S]*/, '')), ['2024-12-03', 'inferred']);
  });
});
