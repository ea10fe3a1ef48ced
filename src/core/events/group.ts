// Facts about the same real event, within and across articles, become one event with a name a
// writer would use ("Geneva talks", "100% tariff threat"). Dates the sources give are all kept,
// disagreements included: nothing is averaged away.
import type { CorpusEvent, Entity, EventKind, Fact } from '../types';
import { kindNoun } from './kinds';
import { factDayRange, monthDayKey } from './factDates';

/** Kinds that name an event by what happened where; the others are too generic to group on. */
const GROUPED: Partial<Record<EventKind, string>> = {
  talks: 'talks',
  meeting: 'talks',
  agreement: 'agreement',
  tariff: 'tariff',
  'export-control': 'export-control',
  sanction: 'sanction',
  deadline: 'deadline',
  call: 'call',
  summit: 'summit',
  interview: 'interview',
  accusation: 'accusation',
};

const AGREEMENT_WORDS = ['truce', 'deal', 'pact', 'agreement', 'consensus', 'accord', 'framework'];
const MAX_GAP_DAYS = 30;

export interface GroupContext {
  entityById: Map<string, Entity>;
  /** How many documents name each entity id: rarer places and things name events better. */
  documentFrequency: (entityId: string) => number;
  /** Number of documents in the corpus. */
  documentCount: number;
}

/** A place named by most of the corpus (the two parties' countries) tells no event apart. */
function tooCommon(e: Entity, ctx: GroupContext): boolean {
  return ctx.documentCount >= 3 && ctx.documentFrequency(e.id) > Math.max(2, ctx.documentCount * 0.5);
}

/** "talks in Geneva", "met at Lancaster House": the place is where the event happened. */
const venuePatterns = new WeakMap<Entity, RegExp>();

function isVenue(e: Entity, sentence: string): boolean {
  if (e.kind !== 'place') return false;
  let re = venuePatterns.get(e); // compiled once per place, not once per fact
  if (!re) {
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    venuePatterns.set(e, (re = new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?(?:${e.aliases.concat(e.name).map(esc).join('|')})\\b`)));
  }
  return re.test(sentence);
}

interface Anchor {
  key: string;
  label: string;
}

function anchorOf(fact: Fact, group: string, ctx: GroupContext): Anchor | undefined {
  const clause = fact.sentence.slice(fact.clauseStart - fact.sentenceStart, fact.clauseEnd - fact.sentenceStart);
  if (group === 'tariff') {
    const rate = /(\d{1,3})\s?(%|per ?cent|percent)/i.exec(clause) ?? /(\d{1,3})\s?(%|per ?cent|percent)/i.exec(fact.sentence);
    if (rate) return { key: `rate:${rate[1]}`, label: `${rate[1]}% tariff${/threat/i.test(fact.sentence) ? ' threat' : ''}` };
  }
  const pick = (ids: string[], kinds: Entity['kind'][]): Entity | undefined => {
    let best: Entity | undefined;
    for (const id of ids) {
      const e = ctx.entityById.get(id);
      if (!e || !kinds.includes(e.kind) || (tooCommon(e, ctx) && !isVenue(e, fact.sentence))) continue;
      const venue = isVenue(e, fact.sentence);
      if (!best || (venue && !isVenue(best, fact.sentence)) || (venue === isVenue(best, fact.sentence) && ctx.documentFrequency(e.id) < ctx.documentFrequency(best.id))) best = e;
    }
    return best;
  };
  const preferred: Entity['kind'][] =
    group === 'deadline' || group === 'sanction' || group === 'export-control' ? ['thing', 'organization', 'place'] : group === 'call' || group === 'interview' || group === 'accusation' ? ['person', 'organization'] : ['place', 'thing'];
  const e = pick(fact.clauseEntities, preferred) ?? pick(fact.entities, preferred);
  if (!e) return undefined;
  return { key: e.id, label: e.name };
}

function eventName(group: string, kind: EventKind, anchor: Anchor, facts: Fact[]): string {
  if (anchor.key.startsWith('rate:')) return anchor.label;
  if (group === 'agreement') {
    const text = facts.map((f) => f.sentence.toLowerCase()).join(' ');
    const word = AGREEMENT_WORDS.map((w) => ({ w, n: text.split(w).length - 1 })).sort((a, b) => b.n - a.n)[0];
    return `${anchor.label} ${word && word.n > 0 ? word.w : 'agreement'}`;
  }
  return `${anchor.label} ${kindNoun(kind)}`;
}

function dayNumber(fact: Fact): number {
  const r = factDayRange(fact);
  if (r) return Date.parse(`${r.from}T00:00:00Z`) / 86_400_000;
  return Number.NaN;
}

export function groupEvents(facts: Fact[], ctx: GroupContext): CorpusEvent[] {
  const buckets = new Map<string, { group: string; anchor: Anchor; facts: Fact[] }>();
  for (const f of facts) {
    const group = GROUPED[f.kind];
    if (!group) continue;
    const anchor = anchorOf(f, group, ctx);
    if (!anchor) continue;
    const key = `${group}|${anchor.key}`;
    const b = buckets.get(key) ?? { group, anchor, facts: [] };
    b.facts.push(f);
    buckets.set(key, b);
  }
  const events: CorpusEvent[] = [];
  for (const [key, b] of buckets) {
    for (const cluster of clusterByDate(b.facts)) {
      const kind = dominantKind(cluster);
      const name = eventName(b.group, kind, b.anchor, cluster);
      const id = `event:${key}:${events.length}`;
      for (const f of cluster) f.eventId = id;
      events.push({
        id,
        name,
        kind,
        aliases: [],
        places: [...new Set(cluster.flatMap((f) => f.places))],
        entities: [...new Set(cluster.flatMap((f) => f.entities))],
        dates: cluster.map((f) => {
          const r = factDayRange(f);
          return { value: f.date.value, from: r?.from, to: r?.to, file: f.file, path: f.path, line: f.line, quote: f.sentence, factId: f.id };
        }),
        factIds: cluster.map((f) => f.id),
      });
    }
  }
  disambiguateNames(events);
  return events;
}

/** Split one anchor's facts where their dates lie more than a month apart; yearless ones join by month/day. */
function clusterByDate(facts: Fact[]): Fact[][] {
  // Each fact's day once, not once per comparison of the sort.
  const days = new Map<Fact, number>(facts.map((f) => [f, dayNumber(f)]));
  const dated = facts.filter((f) => !Number.isNaN(days.get(f)!)).sort((a, b) => days.get(a)! - days.get(b)!);
  const yearless = facts.filter((f) => Number.isNaN(days.get(f)!));
  const clusters: Fact[][] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const f of dated) {
    const d = days.get(f)!;
    if (d - last > MAX_GAP_DAYS || clusters.length === 0) clusters.push([]);
    clusters[clusters.length - 1].push(f);
    last = d;
  }
  // Month/day keys once per fact, kept beside each cluster, not recomputed per comparison.
  const keysOf = clusters.map((c) => c.map(monthDayKey));
  for (const f of yearless) {
    const key = monthDayKey(f);
    const at = keysOf.findIndex((ks) => ks.some((k) => Math.abs(k - key) <= MAX_GAP_DAYS));
    if (at >= 0) {
      clusters[at].push(f);
      keysOf[at].push(key);
    } else {
      clusters.push([f]);
      keysOf.push([key]);
    }
  }
  return clusters;
}

function dominantKind(facts: Fact[]): EventKind {
  const counts = new Map<EventKind, number>();
  for (const f of facts) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** Two events with one name (London talks of 2019 and of 2025) get their month to tell them apart. */
function disambiguateNames(events: CorpusEvent[]): void {
  const byName = new Map<string, CorpusEvent[]>();
  for (const e of events) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  for (const [, list] of byName) {
    if (list.length < 2) continue;
    for (const e of list) {
      const from = e.dates.find((d) => d.from)?.from;
      if (from) e.name = `${e.name} (${from.slice(0, 7)})`;
    }
  }
}
