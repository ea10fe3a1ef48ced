import * as assert from 'assert';
import { reachOf, relate } from '../../../src/core/check/reach';
import type { DateMention } from '../../../src/core/types';

function m(value: string, precision: DateMention['precision'], extra: Partial<DateMention> = {}): DateMention {
  return { start: 0, end: 1, text: value, type: 'DATE', value, precision, resolution: 'explicit', ...extra };
}

const rel = (a: DateMention, b: DateMention, aKnown = true, bKnown = true, year = 2025) => {
  const ra = reachOf(a, aKnown, year);
  const rb = reachOf(b, bKnown, year);
  assert.ok(ra && rb);
  return relate(ra!, rb!);
};

suite('comparing dates at the precision each was given', () => {
  test('"May" is compatible with May 12', () => assert.strictEqual(rel(m('2025-05', 'month'), m('2025-05-12', 'day')), 'compatible'));
  test('"early June" is compatible with June 2', () => assert.strictEqual(rel(m('2025-06', 'part-of-month', { mod: 'START' }), m('2025-06-02', 'day')), 'compatible'));
  test('"May 14" is not May 12', () => assert.strictEqual(rel(m('2025-05-14', 'day'), m('2025-05-12', 'day')), 'conflict'));
  test('"August" is not "September"', () => assert.strictEqual(rel(m('2025-08', 'month'), m('XXXX-09', 'month', { resolution: 'unresolved', month: 9 }), true, false), 'conflict'));
  test('a wrong year is a conflict', () => assert.strictEqual(rel(m('2024-05-12', 'day'), m('2025-05-12', 'day')), 'conflict'));
  test('June 9–10 sits inside the ISO week of Friday 13 June', () => {
    const range = m('2025-06-09', 'range', { from: '2025-06-09', to: '2025-06-10' });
    assert.strictEqual(rel(range, m('2025-W24', 'week')), 'compatible');
  });
  test('a yearless source date is read in the brief year', () => {
    assert.strictEqual(rel(m('2025-06-04', 'day'), m('XXXX-06-02', 'day', { resolution: 'unresolved', month: 6, day: 2 }), true, false), 'conflict');
    assert.strictEqual(rel(m('2025-06-02', 'day'), m('XXXX-06-02', 'day', { resolution: 'unresolved', month: 6, day: 2 }), true, false), 'compatible');
  });
  test('a vague date conflicts across months, and within one only with the other end or a day well outside it', () => {
    const early = m('2025-06', 'part-of-month', { mod: 'START' });
    const mid = m('2025-06', 'part-of-month', { mod: 'MID' });
    const late = m('2025-06', 'part-of-month', { mod: 'END' });
    assert.strictEqual(rel(m('2025-07-20', 'day'), early), 'conflict');
    assert.strictEqual(rel(late, early), 'conflict');
    assert.strictEqual(rel(early, late), 'conflict');
    assert.strictEqual(rel(mid, early), 'compatible');
    assert.strictEqual(rel(mid, late), 'compatible');
    // "early June" stretches to the 15th; a day just past it may be a writer's stretch, the 20th is not.
    assert.strictEqual(rel(m('2025-06-17', 'day'), early), 'incomparable');
    assert.strictEqual(rel(m('2025-06-20', 'day'), early), 'conflict');
    assert.strictEqual(rel(late, m('2025-06-12', 'day')), 'conflict');
    assert.strictEqual(rel(late, m('2025-06-14', 'day')), 'incomparable');
    assert.strictEqual(rel(m('2025-06', 'month'), early), 'compatible');
  });
  test('a year is too coarse to conflict with a day', () => assert.strictEqual(rel(m('2024-05-12', 'day'), m('2025', 'year')), 'incomparable'));
});
