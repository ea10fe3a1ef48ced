// Completion while writing: events by any word of their name or place ("Gen" → Geneva talks),
// dated events by a date being typed ("June 1" → what happened on June 1 and 10–19), and people
// and organisations with their roles. Inserted dates follow the writer's date style.
import Fuse from 'fuse.js';
import type { CompletionSuggestion, DateStyle } from '../api';
import { MONTHS } from '../check/rewrite';
import type { Derived } from '../index/corpusIndex';
import type { CorpusEvent, Entity, Fact } from '../types';
import { dateLabel, summarizeEvent } from './eventSummary';
import { dayFactsByMonth, wordIndex, type Searchable } from './lookups';
import { distinctRoles } from './roles';

const MAX_ITEMS = 50;
const MONTH_PREFIX = /(?<![\p{L}])(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})$/iu;
const DAY_MONTH_PREFIX = /(?<![\p{L}\p{N}])(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}$/iu;

export function formatIsoDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (style === 'YYYY-MM-DD') return iso;
  if (style === 'D MMMM YYYY') return `${d} ${MONTHS[m - 1]} ${y}`;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** An event's date in the writer's style ("May 10–12, 2025"), or its label when not a day. */
export function eventDateText(e: CorpusEvent, style: DateStyle): string {
  const s = summarizeEvent(e);
  const p = s.primary;
  if (!p || !/^\d{4}-\d{2}-\d{2}$/.test(p.value)) return s.label;
  if (p.from && p.to && p.from !== p.to && p.from.slice(0, 7) === p.to.slice(0, 7)) {
    const [y, m, d1] = p.from.split('-').map(Number);
    const d2 = Number(p.to.slice(8, 10));
    if (style === 'YYYY-MM-DD') return `${p.from}/${p.to}`;
    if (style === 'D MMMM YYYY') return `${d1}–${d2} ${MONTHS[m - 1]} ${y}`;
    return `${MONTHS[m - 1]} ${d1}–${d2}, ${y}`;
  }
  return formatIsoDate(p.value, style);
}

function sourcesNote(files: string[]): string {
  const uniq = [...new Set(files)];
  return uniq.slice(0, 3).join(', ') + (uniq.length > 3 ? ` and ${uniq.length - 3} more` : '');
}

function eventSuggestion(e: CorpusEvent, style: DateStyle, start: number, end: number, rank: number): CompletionSuggestion {
  const date = eventDateText(e, style);
  const quote = e.dates[0]?.quote ?? '';
  return {
    label: e.name,
    detail: `${e.kind} · ${summarizeEvent(e).label}`,
    documentation: `**${e.name}** (${summarizeEvent(e).label})\n\n> ${quote.slice(0, 240)}\n\nSources: ${sourcesNote(e.dates.map((d) => d.file))}`,
    insertText: `${e.name} (${date})`,
    replaceStart: start,
    replaceEnd: end,
    kind: 'event',
    names: [e.name, ...e.aliases],
    sortText: String(rank).padStart(4, '0'),
    filterText: [e.name, ...e.aliases, ...e.places].join(' '),
    eventId: e.id,
  };
}

function entitySuggestion(e: Entity, start: number, end: number, rank: number): CompletionSuggestion {
  const roles = distinctRoles(e.roles).slice(0, 2).join('; ');
  return {
    label: e.name,
    detail: roles ? `${e.kind} · ${roles}` : e.kind,
    documentation: `**${e.name}**${roles ? ` — ${roles}` : ''}\n\nNamed in ${e.files.length} source${e.files.length === 1 ? '' : 's'}: ${sourcesNote(e.files)}`,
    insertText: e.name,
    replaceStart: start,
    replaceEnd: end,
    kind: 'entity',
    names: [e.name, ...e.aliases],
    sortText: String(rank).padStart(4, '0'),
    filterText: [e.name, ...e.aliases].join(' '),
    entityId: e.id,
  };
}

export function completeAt(text: string, offset: number, style: DateStyle, d: Derived): CompletionSuggestion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 60), offset);
  const date = MONTH_PREFIX.exec(before) ?? DAY_MONTH_PREFIX.exec(before);
  if (date) return dateCompletions(date, offset, style, d);
  const word = /[\p{L}\p{N}%][\p{L}\p{N}%'’-]{0,40}$/u.exec(before);
  if (!word) return [];
  const start = offset - word[0].length;
  if (word[0].length >= 2) return widenToPhrase(nameCompletions(word[0].toLowerCase(), start, offset, style, d), before, offset);
  // One letter after a name's first word ("London t"): the names that word starts, if the letter goes on one.
  const prev = /([\p{L}\p{N}%][\p{L}\p{N}%'’-]{1,40})\s+\S$/u.exec(before);
  if (!prev) return [];
  return widenToPhrase(nameCompletions(prev[1].toLowerCase(), start, offset, style, d), before, offset).filter((it) => it.replaceStart < start);
}

/** Words a name may be typed with before its last one: "London ta" for "London talks". */
const MAX_PHRASE_WORDS = 4;

/**
 * A name typed over several words ("the London ta") replaces all of them, not only the last (which
 * left "London London talks"), and such a name comes first. The longest run of the words before the
 * cursor that starts the name (or one of its other names) is taken.
 */
function widenToPhrase(items: CompletionSuggestion[], before: string, offset: number): CompletionSuggestion[] {
  const words = [...before.matchAll(/[\p{L}\p{N}%][\p{L}\p{N}%'’.-]*/gu)].slice(-MAX_PHRASE_WORDS);
  if (words.length < 2) return items;
  const norm = (x: string) => x.toLowerCase().replace(/\s+/g, ' ');
  const widened = items.map((it) => {
    const names = it.names ?? [it.label];
    for (let k = 0; k < words.length - 1; k++) {
      const from = offset - before.length + words[k].index!;
      const phrase = norm(before.slice(words[k].index!));
      const named = names.find((n) => norm(n).startsWith(phrase));
      if (!named) continue;
      // Typed as one of its other names ("Geneva tru" for the Geneva deal): written as typed.
      const insertText = named === names[0] ? it.insertText : it.insertText.replace(names[0], named);
      return { ...it, label: named, insertText, replaceStart: from, filterText: before.slice(words[k].index!), sortText: `0${it.sortText ?? ''}` };
    }
    return { ...it, sortText: `1${it.sortText ?? ''}` };
  });
  // Once some name takes the words typed before ("London ta"), the names matching only the last
  // word ("Geneva talks" for "ta") are beside the point: accepting one would keep "London".
  const whole = widened.filter((it) => it.sortText.startsWith('0'));
  return (whole.length ? whole : widened).sort((a, b) => a.sortText.localeCompare(b.sortText));
}

/**
 * The fuzzy index is built once per list of names, not per keystroke: keyed by the word index's
 * items, which an edit of one source usually leaves as they were.
 */
const fuzzyCache = new WeakMap<Searchable[], Fuse<Searchable>>();
function fuzzyIndex(d: Derived): Fuse<Searchable> {
  const items = wordIndex(d).items;
  let f = fuzzyCache.get(items);
  if (!f) fuzzyCache.set(items, (f = new Fuse(items, { keys: ['label', 'words'], threshold: 0.3, ignoreLocation: true })));
  return f;
}

function nameCompletions(prefix: string, start: number, end: number, style: DateStyle, d: Derived): CompletionSuggestion[] {
  const index = wordIndex(d);
  let found: Searchable[] = index.withPrefix(prefix);
  if (!found.length && prefix.length >= 4) {
    // No word starts so: allow a typo ("Genva") through fuzzy search over the names.
    found = fuzzyIndex(d).search(prefix, { limit: 20 }).map((r) => r.item);
  }
  const events = found.filter((x) => x.kind === 'event').map((x) => d.eventById.get(x.id)).filter((e): e is CorpusEvent => !!e);
  const entities = found.filter((x) => x.kind === 'entity').map((x) => d.entityById.get(x.id)).filter((e): e is Entity => !!e);
  events.sort((a, b) => b.dates.length - a.dates.length);
  entities.sort((a, b) => b.mentions - a.mentions);
  const out: CompletionSuggestion[] = [];
  events.slice(0, MAX_ITEMS).forEach((e, i) => out.push(eventSuggestion(e, style, start, end, i)));
  entities.slice(0, MAX_ITEMS - out.length).forEach((e, i) => out.push(entitySuggestion(e, start, end, 500 + i)));
  return out;
}

function dateCompletions(m: RegExpExecArray, offset: number, style: DateStyle, d: Derived): CompletionSuggestion[] {
  const monthFirst = /^\D/.test(m[1]);
  const monthWord = monthFirst ? m[1] : m[2];
  const dayPrefix = monthFirst ? m[2] : m[1];
  const month = MONTHS.findIndex((x) => x.toLowerCase().startsWith(monthWord.slice(0, 3).toLowerCase())) + 1;
  const start = offset - m[0].length;
  const byDay = new Map<string, Fact[]>();
  for (const [key, facts] of dayFactsByMonth(d).get(month) ?? []) {
    const fd = facts[0].date.day ?? (facts[0].date.from ? Number(facts[0].date.from.slice(8, 10)) : 0);
    if (String(fd).startsWith(dayPrefix)) byDay.set(key, facts);
  }
  const out: CompletionSuggestion[] = [];
  [...byDay.entries()]
    // More mentions first; then dated before yearless, the latest year first (not index order).
    .sort((a, b) => b[1].length - a[1].length || Number(a[0].startsWith('X')) - Number(b[0].startsWith('X')) || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
    .slice(0, MAX_ITEMS)
    .forEach(([day, facts], i) => {
      const events = [...new Set(facts.map((f) => (f.eventId ? d.eventById.get(f.eventId)?.name : undefined)).filter(Boolean))];
      const what = events.length ? events.join('; ') : facts[0].sentence.slice(0, 80);
      const insert = day.startsWith('XXXX') ? `${MONTHS[month - 1]} ${Number(day.slice(8))}` : formatIsoDate(day, style);
      out.push({
        label: `${dateLabel(day)} — ${what}`,
        detail: `${facts.length} mention${facts.length === 1 ? '' : 's'} · ${sourcesNote(facts.map((f) => f.file))}`,
        documentation: facts.slice(0, 3).map((f) => `> ${f.sentence.slice(0, 200)}\n\n— ${f.file}:${f.line + 1}`).join('\n\n'),
        insertText: insert,
        replaceStart: start,
        replaceEnd: offset,
        kind: 'date',
        sortText: String(i).padStart(4, '0'),
        filterText: m[0],
        eventId: facts.find((f) => f.eventId)?.eventId,
      });
    });
  return out;
}
