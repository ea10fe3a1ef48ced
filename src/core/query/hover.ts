// Hover cards: on an event name, an entity (name or alias) or a date, in a brief or a source.
// Only the hovered line is scanned, so a card costs the same whatever the size of the document.
import type { HoverCard } from '../api';
import { extractDates } from '../dates/extract';
import type { Derived } from '../index/corpusIndex';
import type { CorpusEvent, Entity, Fact, SourceRef } from '../types';
import { dateLabel, summarizeEvent } from './eventSummary';
import { eventMatcher, factsByEntity, factsInReach } from './lookups';
import { distinctRoles } from './roles';

const MAX_TIMELINE = 6;

function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl === -1 ? text.length : nl };
}

function factRef(f: Fact): SourceRef {
  return { file: f.file, path: f.path, line: f.line, start: f.sentenceStart, end: f.sentenceEnd, quote: f.sentence };
}

export function hoverAt(text: string, offset: number, d: Derived): HoverCard | null {
  const line = lineAround(text, offset);
  const lineText = text.slice(line.start, line.end);
  const at = offset - line.start;
  const event = eventMatcher(d).find(lineText, at);
  if (event) return eventCard(event.event, d, line.start + event.start, line.start + event.end);
  const entity = d.registry.matchIn(lineText).find((m) => m.start <= at && at <= m.end);
  if (entity) {
    const e = d.entityById.get(entity.entityId);
    if (e) return entityCard(e, d, line.start + entity.start, line.start + entity.end);
  }
  const date = extractDates(lineText, { referenceDate: null, defaultYear: d.dominantYear }).find((m) => m.start <= at && at <= m.end);
  if (date) {
    // The sources that name that very day first, then those that only put it in a week or range.
    const rank = (f: Fact) => (f.date.precision === 'day' || f.date.precision === 'time' ? 0 : f.date.precision === 'range' ? 1 : 2);
    const facts = factsInReach(d, date, d.dominantYear).sort((a, b) => rank(a) - rank(b));
    return {
      start: line.start + date.start,
      end: line.start + date.end,
      kind: 'date',
      title: `${date.text} — ${facts.length ? `${facts.length} dated mention${facts.length === 1 ? '' : 's'} in the sources` : 'nothing in the sources on this date'}`,
      lines: [],
      timeline: facts.slice(0, MAX_TIMELINE).map((f) => ({ value: f.date.value, label: eventLabel(f, d), quote: f.sentence, source: factRef(f) })),
    };
  }
  return null;
}

function eventLabel(f: Fact, d: Derived): string {
  const e = f.eventId ? d.eventById.get(f.eventId) : undefined;
  return e ? e.name : f.kind === 'other' ? f.file : f.kind;
}

export function eventCard(e: CorpusEvent, d: Derived, start: number, end: number): HoverCard {
  const summary = summarizeEvent(e);
  const files = new Set(e.dates.map((x) => x.file));
  const lines = [`${files.size} source${files.size === 1 ? '' : 's'}${e.curated ? ' · curated in the knowledge file' : ''}`];
  if (summary.disagreement) lines.push('Sources disagree on the date: see the timeline.');
  if (e.notes) lines.push(e.notes);
  const people = e.entities.map((id) => d.entityById.get(id)).filter((x): x is Entity => !!x && x.kind !== 'place').slice(0, 5);
  if (people.length) lines.push(`With ${people.map((p) => p.name).join(', ')}`);
  return {
    start,
    end,
    kind: 'event',
    eventId: e.id,
    title: `${e.name} — ${e.kind} event`,
    subtitle: summary.label,
    lines,
    timeline: e.dates.slice(0, MAX_TIMELINE).map((x) => ({
      value: x.value,
      label: dateLabel(x.value, x.from, x.to),
      quote: x.quote,
      source: { file: x.file, path: x.path, line: x.line, start: 0, end: 0, quote: x.quote },
    })),
  };
}

/** An entity's distinct roles, worked out once: a busy name has a role per mention. */
const roleCache = new WeakMap<Entity, string[]>();
function rolesOf(e: Entity): string[] {
  let roles = roleCache.get(e);
  if (!roles) roleCache.set(e, (roles = distinctRoles(e.roles)));
  return roles;
}

export function entityCard(e: Entity, d: Derived, start: number, end: number): HoverCard {
  const roles = rolesOf(e);
  const lines = [`Named in ${e.files.length} source${e.files.length === 1 ? '' : 's'} (${e.mentions} mention${e.mentions === 1 ? '' : 's'})`];
  const aliases = e.aliases.filter((a) => a.trim() && a !== e.name);
  if (aliases.length) lines.push(`Also: ${aliases.slice(0, 6).join(', ')}`);
  if (e.notes) lines.push(e.notes);
  const dated = factsByEntity(d).get(e.id) ?? []; // already in date order
  const timeline = dated.slice(0, MAX_TIMELINE).map((f) => ({ value: f.date.value, label: dateLabel(f.date.value, f.date.from, f.date.to), quote: f.sentence, source: factRef(f) }));
  if (!timeline.length) for (const r of e.refs.slice(0, 3)) timeline.push({ value: '', label: 'mention', quote: r.quote, source: r });
  return { start, end, kind: 'entity', entityId: e.id, title: `${e.name} — ${e.kind}${e.curated ? ' (curated)' : ''}`, subtitle: roles.slice(0, 4).join('; ') || undefined, lines, timeline };
}
