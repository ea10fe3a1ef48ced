// The knowledge file: a YAML file in the workspace where the analyst adds or corrects entities
// and events. Curated entries outrank extracted ones. Errors carry line and column, and every
// entry that is well-formed still counts when others are not.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { CorpusProblem, EntityKind, EventKind } from '../types';

export const KNOWLEDGE_FILE_NAME = 'trade-brief.yaml';

export interface CuratedEntity {
  name: string;
  kind: EntityKind;
  aliases?: string[];
  roles?: string[];
  notes?: string;
}

export interface CuratedEvent {
  name: string;
  kind?: EventKind;
  /** TIMEX-style or written dates: "2025-05-12", "2025-05-10/2025-05-12", "12 May 2025". */
  dates: string[];
  aliases?: string[];
  places?: string[];
  sources?: string[];
  notes?: string;
  line: number;
}

export interface Knowledge {
  file: string;
  entities: CuratedEntity[];
  events: CuratedEvent[];
  problems: CorpusProblem[];
}

const ENTITY_KINDS: EntityKind[] = ['person', 'organization', 'place', 'thing'];

function strings(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
  if (typeof v === 'string' || typeof v === 'number') return [String(v)];
  if (v instanceof Date) return [v.toISOString().slice(0, 10)];
  return undefined;
}

export function parseKnowledge(text: string, file: string): Knowledge {
  const lines = new LineCounter();
  const out: Knowledge = { file, entities: [], events: [], problems: [] };
  const problem = (offset: number | undefined, message: string, severity: CorpusProblem['severity'] = 'error') => {
    const pos = offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset);
    out.problems.push({ file, line: pos.line - 1, column: pos.col - 1, severity, message });
  };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) problem(e.pos[0], `not valid YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length) return out;
  const root = doc.contents;
  if (root === null) return out;
  if (!isMap(root)) {
    problem((root as Node).range?.[0], 'the knowledge file should be a mapping with "entities" and "events" lists');
    return out;
  }
  const section = (name: string) => {
    const node = root.get(name, true) as Node | undefined;
    if (node === undefined) return [];
    if (!isSeq(node)) {
      problem(node.range?.[0], `"${name}" should be a list`);
      return [];
    }
    return node.items as Node[];
  };
  const js = (node: Node): Record<string, unknown> | undefined => {
    try {
      // maxAliasCount stops "billion laughs" alias bombs from expanding.
      const v = (node as unknown as { toJS(d: unknown, o: { maxAliasCount: number }): unknown }).toJS(doc, { maxAliasCount: 50 });
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
    } catch (err) {
      problem(node.range?.[0], `could not read this entry: ${(err as Error).message}`);
      return undefined;
    }
  };
  for (const node of section('entities')) {
    const v = isMap(node) ? js(node) : undefined;
    if (!v || typeof v.name !== 'string' || !v.name.trim()) {
      problem(node.range?.[0], 'an entity needs a "name"');
      continue;
    }
    const kind = (typeof v.kind === 'string' ? v.kind.toLowerCase() : 'thing') as EntityKind;
    if (!ENTITY_KINDS.includes(kind)) {
      problem(node.range?.[0], `entity "${v.name}": kind should be one of ${ENTITY_KINDS.join(', ')}`);
      continue;
    }
    out.entities.push({ name: v.name.trim(), kind, aliases: strings(v.aliases), roles: strings(v.roles ?? v.role), notes: typeof v.notes === 'string' ? v.notes : undefined });
  }
  for (const node of section('events')) {
    const v = isMap(node) ? js(node) : undefined;
    if (!v || typeof v.name !== 'string' || !v.name.trim()) {
      problem(node.range?.[0], 'an event needs a "name"');
      continue;
    }
    const dates = strings(v.dates ?? v.date) ?? [];
    if (!dates.length) problem(node.range?.[0], `event "${v.name}" has no "date" or "dates"; it is listed but cannot settle a date`, 'warning');
    out.events.push({
      name: v.name.trim(),
      kind: typeof v.kind === 'string' ? (v.kind as EventKind) : undefined,
      dates,
      aliases: strings(v.aliases),
      places: strings(v.places ?? v.place),
      sources: strings(v.sources ?? v.source),
      notes: typeof v.notes === 'string' ? v.notes : undefined,
      line: lines.linePos(node.range?.[0] ?? 0).line - 1,
    });
  }
  return out;
}
