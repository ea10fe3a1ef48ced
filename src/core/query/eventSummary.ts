// An event's date as a writer would cite it: the value most sources give (ties go to the more
// precise), and a note when sources disagree.
import { describeTarget } from '../check/rewrite';
import type { CorpusEvent, EventDate } from '../types';

export function dateLabel(value: string, from?: string, to?: string): string {
  if (from && to && from !== to && value.length === 10) {
    const [y1, m1, d1] = from.split('-').map(Number);
    const [, m2, d2] = to.split('-').map(Number);
    return describeTarget({ year: y1, month: m1, day: d1, endMonth: m2, endDay: d2 });
  }
  const m = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (m) return describeTarget({ year: m[1] === 'XXXX' ? undefined : Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : undefined });
  const w = /^(\d{4})-W(\d{2})$/.exec(value);
  if (w && from) {
    const [y, mo, d] = from.split('-').map(Number);
    return describeTarget({ year: y, month: mo, day: d }, { week: true });
  }
  return value;
}

function precisionRank(d: EventDate): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return d.from && d.to && d.from !== d.to ? 3 : 4;
  if (/W\d{2}$/.test(d.value)) return 2;
  if (/^(\d{4}|XXXX)-\d{2}$/.test(d.value)) return 1;
  return 0;
}

export interface EventSummary {
  primary?: EventDate;
  label: string;
  disagreement: boolean;
}

export function summarizeEvent(e: CorpusEvent): EventSummary {
  if (!e.dates.length) return { label: 'date not given', disagreement: false };
  const counts = new Map<string, { d: EventDate; n: number }>();
  for (const d of e.dates) {
    const key = d.from && d.to ? `${d.from}/${d.to}` : d.value;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { d, n: d.curated ? 1000 : 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || precisionRank(b.d) - precisionRank(a.d));
  const primary = ranked[0].d;
  const precise = ranked.filter((r) => precisionRank(r.d) >= 3);
  return { primary, label: dateLabel(primary.value, primary.from, primary.to), disagreement: precise.length > 1 };
}
