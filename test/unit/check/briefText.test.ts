import * as assert from 'assert';
import { readBrief } from '../../../src/core/check/briefText';

suite('what of a brief is prose', () => {
  test('code, comments, front matter and link targets are blanked without moving offsets', () => {
    const text = '---\ndate: 2025-01-01\n---\nSaid on June 4 `June 5` [see](https://x.org/June-6) <!-- June 7 -->\n```\nJune 8\n```\n';
    const b = readBrief(text);
    assert.strictEqual(b.prose.length, text.length);
    assert.ok(b.prose.includes('June 4'));
    for (const hidden of ['2025-01-01', 'June 5', 'June-6', 'June 7', 'June 8']) assert.ok(!b.prose.includes(hidden), hidden);
  });

  test('ignore markers switch off a line, a region, or an event', () => {
    const text = ['a <!-- trade-brief-ignore -->', 'b', '<!-- trade-brief-disable -->', 'c', '<!-- trade-brief-enable -->', 'd <!-- trade-brief-ignore: London talks -->'].join('\n');
    const b = readBrief(text);
    assert.deepStrictEqual([...b.ignoredLines].sort(), [0, 2, 3, 4]);
    assert.ok(b.ignoredEvents.has('london talks'));
  });
});
