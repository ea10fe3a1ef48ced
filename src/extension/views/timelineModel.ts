// What the timeline webview draws, as plain JSON: built from a snapshot, the active brief's text
// and the events its warnings point at. No vscode import; the panel adds those inputs.
import type { CorpusSnapshot, DateStyle } from '../../core/api';
import type { CorpusEvent } from '../../core/types';
import { citedEventIds, eventSpan, formatEventDate, formatRange, preferredDate, sourceCount, sourcesDisagree } from './viewModel';

export interface TimelineEvent {
  id: string;
  name: string;
  kind: string;
  /** Inclusive day span on the axis; absent when no source pins the days down. */
  from?: string;
  to?: string;
  dateLabel: string;
  entities: string[]; // entity ids
  entityNames: string[];
  sources: number;
  quote: string;
  file: string;
  line: number;
  cited: boolean;
  conflict: boolean; // a warning in the active brief is about it
  disagree: boolean; // the sources themselves disagree
}

export interface TimelineModel {
  brief?: string; // file name of the active brief, for the header
  events: TimelineEvent[];
  entities: Array<{ id: string; name: string; kind: string }>;
  kinds: string[];
}

export interface TimelineInputs {
  snapshot: CorpusSnapshot;
  style: DateStyle;
  briefName?: string;
  briefText?: string;
  conflictEventIds?: ReadonlySet<string>;
}

export function buildTimelineModel({ snapshot, style, briefName, briefText, conflictEventIds }: TimelineInputs): TimelineModel {
  const names = new Map(snapshot.entities.map((e) => [e.id, e]));
  const cited = briefText ? citedEventIds(briefText, snapshot.events) : new Set<string>();
  const used = new Set<string>();
  const events = snapshot.events.map((ev: CorpusEvent): TimelineEvent => {
    const span = eventSpan(ev);
    const best = preferredDate(ev);
    const first = ev.dates[0];
    const known = ev.entities.filter((id) => names.has(id));
    known.forEach((id) => used.add(id));
    return {
      id: ev.id,
      name: ev.name,
      kind: ev.kind,
      from: span?.from,
      to: span?.to,
      dateLabel: best ? formatEventDate(best, style) : span ? formatRange(span.from, span.to, style) : 'undated',
      entities: known,
      entityNames: known.map((id) => names.get(id)?.name ?? id),
      sources: sourceCount(ev),
      quote: first?.quote ?? '',
      file: first?.file ?? '',
      line: first?.line ?? 0,
      cited: cited.has(ev.id),
      conflict: conflictEventIds?.has(ev.id) ?? false,
      disagree: sourcesDisagree(ev),
    };
  });
  events.sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999') || a.name.localeCompare(b.name));
  return {
    brief: briefName,
    events,
    entities: [...used]
      .map((id) => names.get(id))
      .filter((e): e is NonNullable<typeof e> => !!e)
      .map((e) => ({ id: e.id, name: e.name, kind: e.kind }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    kinds: [...new Set(events.map((e) => e.kind))].sort(),
  };
}
