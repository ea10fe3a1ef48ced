// The pure parts of the sidebar and timeline: date labels, month grouping, cited events, the
// timeline model and its HTML shell (CSP, escaping).
import * as assert from 'assert';
import type { CorpusSnapshot } from '../../../src/core/api';
import type { CorpusEvent, EventDate } from '../../../src/core/types';
import { MAX_VIEW_DATES, dateCount, eventSpan, forViews, sourceCount } from '../../../src/core/query/eventDates';
import { timelineHtml } from '../../../src/extension/views/timelineHtml';
import { buildTimelineModel } from '../../../src/extension/views/timelineModel';
import {
  citedEventIds,
  formatEventDate,
  formatRange,
  groupByMonth,
  preferredDate,
  sourcesDisagree,
} from '../../../src/extension/views/viewModel';
import { distinctRoles } from '../../../src/core/query/roles';

function date(from: string, to = from, file = 'a.txt', extra: Partial<EventDate> = {}): EventDate {
  return { value: from === to ? from : `${from}/${to}`, from, to, file, path: `/c/${file}`, line: 3, quote: 'q', ...extra };
}

function event(id: string, name: string, dates: EventDate[], extra: Partial<CorpusEvent> = {}): CorpusEvent {
  return { id, name, kind: 'talks', aliases: [], places: [], entities: [], dates, factIds: [], ...extra };
}

suite('views: date labels', () => {
  test('a day in each style', () => {
    assert.strictEqual(formatEventDate({ value: '2025-06-09' }, 'D MMMM YYYY'), '9 June 2025');
    assert.strictEqual(formatEventDate({ value: '2025-06-09' }, 'MMMM D, YYYY'), 'June 9, 2025');
    assert.strictEqual(formatEventDate({ value: '2025-06-09' }, 'YYYY-MM-DD'), '2025-06-09');
  });
  test('a range within a month is written short', () => {
    assert.strictEqual(formatRange('2025-06-09', '2025-06-10', 'D MMMM YYYY'), '9–10 June 2025');
    assert.strictEqual(formatRange('2025-06-09', '2025-06-10', 'MMMM D, YYYY'), 'June 9–10, 2025');
    assert.strictEqual(formatRange('2025-05-31', '2025-06-01', 'D MMMM YYYY'), '31 May 2025 – 1 June 2025');
  });
  test('a month value', () => assert.strictEqual(formatEventDate({ value: '2025-05', from: '2025-05-01', to: '2025-05-31' }, 'D MMMM YYYY'), 'May 2025'));
});

suite('views: events', () => {
  test('the preferred date is the curated one, else the one most sources give', () => {
    const a = date('2025-06-10', '2025-06-10', 'a.txt');
    const b = date('2025-06-11', '2025-06-11', 'b.txt');
    const c = date('2025-06-11', '2025-06-11', 'c.txt');
    assert.strictEqual(preferredDate(event('e', 'E', [a, b, c])), b);
    const curated = date('2025-06-09', '2025-06-09', 'k.yaml', { curated: true });
    assert.strictEqual(preferredDate(event('e', 'E', [a, b, c, curated])), curated);
  });
  test('sources disagree only when their day ranges cannot overlap', () => {
    assert.ok(sourcesDisagree(event('e', 'E', [date('2025-06-10'), date('2025-06-12')])));
    assert.ok(!sourcesDisagree(event('e', 'E', [date('2025-06-09', '2025-06-10'), date('2025-06-10')])));
  });
  test('events are grouped by month in calendar order, undated last', () => {
    const groups = groupByMonth([
      event('b', 'London talks', [date('2025-06-09', '2025-06-10')]),
      event('x', 'Someday', [{ value: 'XXXX-XX', file: 'a', path: '/a', line: 0, quote: '' }]),
      event('a', 'Geneva talks', [date('2025-05-10', '2025-05-11')]),
    ]);
    assert.deepStrictEqual(groups.map((g) => [g.label, g.events.map((e) => e.id)]), [['May 2025', ['a']], ['June 2025', ['b']], ['Undated', ['x']]]);
  });
  test('a brief cites an event by name or alias, as whole words', () => {
    const events = [event('g', 'Geneva talks', [], { aliases: ['Geneva round'] }), event('l', 'London talks', []), event('t', 'tariff', [])];
    assert.deepStrictEqual([...citedEventIds('After the geneva round, tariffs fell.', events)], ['g']);
  });
  test('roles are listed once, with their organisation when not already named', () => {
    assert.deepStrictEqual(
      distinctRoles([{ role: 'Treasury Secretary' }, { role: 'treasury secretary' }, { role: 'president', affiliation: 'AmCham China' }]),
      ['Treasury Secretary', 'president, AmCham China'],
    );
  });
});

suite('views: timeline', () => {
  const snapshot: CorpusSnapshot = {
    roots: ['/c'],
    documents: [],
    entities: [{ id: 'p1', name: 'Jane Doe', kind: 'person', aliases: [], roles: [], mentions: 1, files: ['a.txt'], refs: [] }],
    events: [
      event('l', 'London talks', [date('2025-06-09', '2025-06-10')], { entities: ['p1', 'missing'] }),
      event('g', 'Geneva talks', [date('2025-05-10', '2025-05-11'), date('2025-05-14', '2025-05-14', 'b.txt')], { kind: 'agreement' }),
    ],
    facts: [],
    problems: [],
  };

  test('the model orders events by date and marks cited, conflicting and disputed ones', () => {
    const model = buildTimelineModel({ snapshot, style: 'D MMMM YYYY', briefName: 'brief.md', briefText: 'The London talks ended.', conflictEventIds: new Set(['g']) });
    assert.deepStrictEqual(model.events.map((e) => [e.id, e.cited, e.conflict, e.disagree]), [['g', false, true, true], ['l', true, false, false]]);
    assert.deepStrictEqual(model.entities, [{ id: 'p1', name: 'Jane Doe', kind: 'person' }]);
    assert.deepStrictEqual(model.kinds, ['agreement', 'talks']);
    assert.strictEqual(model.events[1].dateLabel, '9–10 June 2025');
  });

  test('the HTML has a nonce CSP and cannot be broken out of by event names', () => {
    const model = buildTimelineModel({ snapshot: { ...snapshot, events: [event('x', '</script><script>alert(1)</script>', [])] }, style: 'YYYY-MM-DD' });
    const html = timelineHtml({ cspSource: 'vscode-resource:', nonce: 'abc', styleUri: 's.css', scriptUri: 't.js', model });
    assert.ok(html.includes(`default-src 'none'; style-src vscode-resource: 'nonce-abc'; script-src 'nonce-abc'`));
    assert.strictEqual(html.match(/<script/g)?.length, 2, 'only the data block and the nonced script');
    assert.ok(!html.includes('</script><script>alert'));
  });
});

suite('views: yearless dates', () => {
  test('a month or day from an undated article says the year is unknown', () => {
    assert.strictEqual(formatEventDate({ value: 'XXXX-08' }, 'D MMMM YYYY'), 'August (year unknown)');
    assert.strictEqual(formatEventDate({ value: 'XXXX-05-12' }, 'MMMM D, YYYY'), 'May 12 (year unknown)');
  });
});

suite('views: busy events sent in digest form', () => {
  const date = (i: number, value: string, from?: string, to?: string): EventDate => ({ value, from, to, file: `wire/${i % 120}.txt`, path: `/c/wire/${i % 120}.txt`, line: i, quote: `quote ${i}` });
  const dates: EventDate[] = [];
  for (let i = 0; i < 300; i++) dates.push(i % 10 === 0 ? date(i, '2025-06-10', '2025-06-10', '2025-06-10') : date(i, '2025-06-09', '2025-06-09', '2025-06-09'));
  dates.push(date(300, '2025-W24', '2025-06-09', '2025-06-15'));
  const ev: CorpusEvent = { id: 'event:talks|place:london:0', name: 'London talks', kind: 'talks', aliases: [], places: [], entities: [], dates, factIds: [] };

  test('a sample of the dates goes, with every distinct one, and the figures of them all', () => {
    const light = forViews(ev);
    assert.strictEqual(light.dates.length, MAX_VIEW_DATES);
    assert.deepStrictEqual(new Set(light.dates.map((d) => d.value)), new Set(['2025-06-09', '2025-06-10', '2025-W24']));
    assert.strictEqual(dateCount(light), 301);
    assert.strictEqual(sourceCount(light), 120);
    assert.strictEqual(preferredDate(light)?.value, preferredDate(ev)?.value);
    assert.deepStrictEqual(eventSpan(light), eventSpan(ev));
    assert.strictEqual(sourcesDisagree(light), true);
    assert.strictEqual(sourcesDisagree(ev), true);
    assert.ok(JSON.stringify(light).length < JSON.stringify(ev).length / 5);
  });

  test('a small event goes with all its dates', () => {
    const small = { ...ev, dates: dates.slice(1, 5) };
    assert.deepStrictEqual(forViews(small), small);
    assert.strictEqual(sourcesDisagree(small), false);
  });
});
