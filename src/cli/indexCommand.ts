// `trade-brief index --corpus DIR`: what the engine found, as JSON or YAML.
import { stringify } from 'yaml';
import type { CorpusSnapshot } from '../core/api';
import { OUTPUT_VERSION } from './version';

export function indexReport(s: CorpusSnapshot) {
  return {
    version: OUTPUT_VERSION,
    documents: s.documents.map((d) => ({ file: d.file, title: d.title, date: d.date, dateSource: d.dateSource, dateNote: d.dateNote, facts: d.facts })),
    entities: s.entities.map((e) => ({
      name: e.name,
      kind: e.kind,
      aliases: e.aliases.filter((a) => a !== e.name),
      roles: [...new Set(e.roles.map((r) => (r.affiliation && !r.role.includes(r.affiliation) ? `${r.role}, ${r.affiliation}` : r.role)))],
      mentions: e.mentions,
      files: e.files,
      curated: e.curated || undefined,
    })),
    events: s.events.map((e) => ({
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      places: e.places,
      dates: e.dates.map((d) => ({ value: d.value, from: d.from, to: d.to, file: d.file, line: d.line + 1, quote: d.quote })),
      curated: e.curated || undefined,
    })),
  };
}

export function formatIndex(s: CorpusSnapshot, format: 'json' | 'yaml'): string {
  const report = indexReport(s);
  return format === 'yaml' ? stringify(report) : JSON.stringify(report, null, 2);
}
