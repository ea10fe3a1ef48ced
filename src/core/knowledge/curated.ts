// Curated events from the knowledge file become events and facts of their own, outranking what
// was extracted: an extracted event with the same name or alias takes the curated name and dates.
import { extractDates } from '../dates/extract';
import type { EntityRegistry } from '../entities/registry';
import { contentTerms } from '../text/terms';
import type { CorpusEvent, DateMention, Fact } from '../types';
import { kindOf } from '../events/kinds';
import type { Knowledge } from './knowledgeFile';

const ISO_RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

export function curatedDate(text: string): DateMention | undefined {
  const range = ISO_RANGE.exec(text.trim());
  if (range) {
    return { start: 0, end: text.length, text, type: 'DATE', value: range[1], precision: 'range', resolution: 'explicit', from: range[1], to: range[2] };
  }
  return extractDates(text, { referenceDate: null }).find((m) => m.type === 'DATE' && m.resolution === 'explicit');
}

export function curatedEventsAndFacts(knowledge: Knowledge | undefined, registry: EntityRegistry, extracted: CorpusEvent[]): { events: CorpusEvent[]; facts: Fact[] } {
  if (!knowledge || !knowledge.events.length) return { events: extracted, facts: [] };
  const byName = new Map<string, CorpusEvent>();
  for (const e of extracted) byName.set(e.name.toLowerCase(), e);
  const events = [...extracted];
  const facts: Fact[] = [];
  knowledge.events.forEach((c, i) => {
    const names = [c.name, ...(c.aliases ?? [])];
    const description = [...names, ...(c.places ?? []), c.notes ?? ''].join('. ');
    const matched = names.map((n) => byName.get(n.toLowerCase())).find((e) => e);
    const id = matched?.id ?? `event:curated:${i}`;
    const entityIds = [...new Set(registry.matchIn(description).map((m) => m.entityId))];
    const kind = c.kind ?? kindOf(description);
    const dates = c.dates.map((d) => ({ text: d, mention: curatedDate(d) })).filter((d) => d.mention);
    const eventDates = dates.map((d) => ({
      value: d.mention!.value,
      from: d.mention!.from,
      to: d.mention!.to,
      file: knowledge.file,
      path: knowledge.file,
      line: c.line,
      quote: `${c.name}: ${d.text}`,
      curated: true,
    }));
    const event: CorpusEvent = matched
      ? { ...matched, name: c.name, aliases: [...new Set([...(c.aliases ?? []), ...matched.aliases, matched.name])].filter((a) => a !== c.name), dates: [...eventDates, ...matched.dates], curated: true, notes: c.notes }
      : { id, name: c.name, kind, aliases: c.aliases ?? [], places: c.places ?? [], entities: entityIds, dates: eventDates, factIds: [], curated: true, notes: c.notes };
    if (matched) events[events.indexOf(matched)] = event;
    else events.push(event);
    dates.forEach((d, k) => {
      const factId = `${knowledge.file}#curated-${i}-${k}`;
      event.factIds = [...event.factIds, factId];
      facts.push({
        id: factId,
        file: knowledge.file,
        path: knowledge.file,
        line: c.line,
        date: d.mention!,
        sentence: `${c.name}: ${d.text}`,
        sentenceStart: 0,
        sentenceEnd: 0,
        kind,
        entities: entityIds,
        places: c.places ?? [],
        terms: contentTerms(description),
        clauseStart: 0,
        clauseEnd: 0,
        clauseEntities: entityIds,
        reliability: 'explicit',
        yearKnown: true,
        eventId: event.id,
        curated: true,
      });
    });
  });
  return { events, facts };
}
