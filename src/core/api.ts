// The queries the editor and the CLI ask of the corpus engine. The extension never reaches past
// this file into the engine's internals, so the engine can move into a worker or a cache freely.
import type {
  BriefDiagnostic,
  CorpusEvent,
  CorpusProblem,
  DateMention,
  DocumentInfo,
  Entity,
  Fact,
  SourceDocument,
  SourceRef,
} from './types';

export interface CorpusSnapshot {
  /** Root folders the corpus was read from (absolute). */
  roots: string[];
  /** Sources without their text (quotes live in facts and refs). */
  documents: DocumentInfo[];
  entities: Entity[];
  events: CorpusEvent[];
  facts: Fact[];
  problems: CorpusProblem[];
}

/** A hover card's content, ready to render as Markdown by an adapter. */
export interface HoverCard {
  /** Offsets in the queried text of the thing hovered. */
  start: number;
  end: number;
  title: string; // "Scott Bessent — person"
  kind: 'entity' | 'event' | 'date';
  subtitle?: string; // roles / event dates
  lines: string[]; // plain facts ("Named in 4 sources")
  timeline: Array<{ value: string; label: string; quote: string; source: SourceRef }>;
  entityId?: string;
  eventId?: string;
}

export interface CompletionSuggestion {
  label: string; // "Geneva talks"
  detail: string; // "talks · 10–12 May 2025"
  documentation: string; // what happened and where it is sourced (Markdown)
  insertText: string;
  /** Offsets in the queried text that the insertion replaces. */
  replaceStart: number;
  replaceEnd: number;
  kind: 'event' | 'date' | 'entity';
  sortText: string;
  filterText: string;
  eventId?: string;
  entityId?: string;
  /** The names the item answers to (its label first, then aliases): a phrase typed over several words is matched against them. */
  names?: string[];
}

export type DateStyle = 'D MMMM YYYY' | 'MMMM D, YYYY' | 'YYYY-MM-DD';

export interface CheckOptions {
  /** Ignore warnings on these event names (case-insensitive) or ids. */
  ignoredEvents?: string[];
  /** Also report dates the corpus does not settle (off by default). */
  reportUnsettled?: boolean;
  /** Severity per code. */
  severity?: Partial<Record<'date-conflict' | 'weekday-mismatch' | 'date-unsettled', BriefDiagnostic['severity']>>;
}

export type { BriefDiagnostic, CorpusEvent, DateMention, DocumentInfo, Entity, Fact, SourceDocument, SourceRef };
