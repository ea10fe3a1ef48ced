// Facts about the same real event, within and across articles, become one event with a name a
// writer would use ("Geneva talks", "100% tariff threat"). Dates the sources give are all kept,
// disagreements included: nothing is averaged away.
import type { CorpusEvent, Entity, EventKind, Fact } from '../types';
import { ratesIn } from '../text/rates';
import { kindNoun } from './kinds';
import { factDayRange, monthDayKey } from './factDates';
import { checkPlaces } from '../index/places';
import { escapeRegExp } from '../text/escapeRegExp';

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
  ruling: 'ruling',
  hearing: 'hearing',
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
export function tooCommon(e: Entity, ctx: GroupContext): boolean {
  return ctx.documentCount >= 3 && ctx.documentFrequency(e.id) > Math.max(2, ctx.documentCount * 0.5);
}

/** A pattern per entity and use, compiled once (there is a fact per few words, an entity per many). */
function entityPattern(cache: WeakMap<Entity, RegExp>, e: Entity, around: (names: string) => string): RegExp {
  let re = cache.get(e);
  if (!re) {
    cache.set(e, (re = new RegExp(around(`(?:${e.aliases.concat(e.name).map(escapeRegExp).join('|')})`))));
  }
  return re;
}

/** "talks in Geneva", "met at Lancaster House": the place is where the event happened. */
const venuePatterns = new WeakMap<Entity, RegExp>();

function isVenue(e: Entity, sentence: string): boolean {
  return e.kind === 'place' && entityPattern(venuePatterns, e, (n) => `\\b(?:in|at)\\s+(?:the\\s+)?${n}\\b`).test(sentence);
}

/** The entity is named in the text, by its name or an alias. */
const namePatterns = new WeakMap<Entity, RegExp>();

function names(e: Entity, text: string): boolean {
  return entityPattern(namePatterns, e, (n) => `\\b${n}\\b`).test(text);
}

// Where a clause names two events ("talks in London that followed the Geneva meeting on May 12"),
// the date belongs to the words just before it: from the last joining word up to the date.
const JOINS = /\b(?:that|which|who|whose|where|when|while|after|before|following|since|until)\b|[;:(—–]/gi;

/** The words of the clause between the last joining word before the date and the date. */
function leadIn(fact: Fact, clause: string): string {
  const at = fact.date.start - fact.clauseStart;
  if (at <= 0 || at > clause.length) return '';
  const head = clause.slice(0, at);
  let from = 0;
  JOINS.lastIndex = 0;
  for (let m = JOINS.exec(head); m; m = JOINS.exec(head)) from = m.index + m[0].length;
  return head.slice(from);
}

export interface Anchor {
  key: string;
  label: string;
}

function anchorOf(fact: Fact, group: string, ctx: GroupContext): Anchor | undefined {
  const clause = fact.sentence.slice(fact.clauseStart - fact.sentenceStart, fact.clauseEnd - fact.sentenceStart);
  if (group === 'tariff') {
    // "27.5%" whole, not its "5%".
    const rate = ratesIn(clause)[0] ?? ratesIn(fact.sentence)[0];
    if (rate) return { key: `rate:${rate}`, label: `${rate}% tariff${/threat/i.test(fact.sentence) ? ' threat' : ''}` };
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
  const near = fact.clauseEntities.length > 1 ? leadIn(fact, clause) : '';
  const nearIds = near ? fact.clauseEntities.filter((id) => { const n = ctx.entityById.get(id); return n !== undefined && names(n, near); }) : [];
  const e = (nearIds.length ? pick(nearIds, preferred) : undefined) ?? pick(fact.clauseEntities, preferred) ?? pick(fact.entities, preferred);
  if (!e) return undefined;
  return { key: e.id, label: e.name };
}

function eventName(group: string, kind: EventKind, anchor: Anchor, facts: Fact[]): string {
  if (anchor.key.startsWith('rate:')) return anchor.label;
  if (group === 'agreement') {
    const text = facts.map((f) => f.sentence.toLowerCase()).join(' ');
    const word = AGREEMENT_WORDS.map((w) => ({ w, n: text.split(w).length - 1 })).sort((a, b) => b.n - a.n)[0];
    return withNoun(anchor.label, word && word.n > 0 ? word.w : 'agreement');
  }
  return withNoun(anchor.label, kindNoun(kind));
}

/** "Geneva" and "talks": "Geneva talks"; but "Trade Agreement" stays itself, not "Trade Agreement agreement". */
function withNoun(label: string, noun: string): string {
  return label.toLowerCase().endsWith(` ${noun.toLowerCase()}`) || label.toLowerCase() === noun.toLowerCase() ? label : `${label} ${noun}`;
}

/** Other nouns a writer uses for the same event: "Geneva truce" for the Geneva deal, "London meeting" for the London talks. */
const SYNONYMS: Partial<Record<string, string[]>> = { agreement: ['deal', 'truce', 'agreement', 'pact', 'accord'], talks: ['talks', 'meeting', 'negotiations', 'round'] };

function synonymNames(group: string, anchor: Anchor, name: string): string[] {
  const words = SYNONYMS[group];
  if (!words || anchor.key.startsWith('rate:')) return [];
  return words.map((w) => `${anchor.label} ${w}`).filter((n) => n.toLowerCase() !== name.toLowerCase());
}

/** An event's own other names, before those another event also answers to are dropped. */
const ownAliases = new WeakMap<CorpusEvent, string[]>();

function dayNumber(fact: Fact): number {
  const r = factDayRange(fact);
  if (r) return Date.parse(`${r.from}T00:00:00Z`) / 86_400_000;
  return Number.NaN;
}

interface Bucket {
  key: string;
  group: string;
  anchor: Anchor;
  facts: Fact[];
  events: CorpusEvent[];
  /** Each event's facts, to tell which clusters an edit left as they were. */
  clusters: Fact[][];
  /** Each event's name before events that share one are told apart by month. */
  names: string[];
  /** Each fact's day number, kept: an edit reclusters an anchor's facts, most of them seen before. */
  days: Map<Fact, number>;
}

/** A grouping's anchors, their facts and clusters, facts given by their place in the corpus list. */
export type GroupingSnapshot = Array<{ key: string; group: string; anchor: Anchor; facts: Int32Array; days: Float64Array; clusters: Int32Array[] }>;

/**
 * Facts grouped into events, kept by anchor so that one document's new facts regroup only the
 * anchors they touch (an edited source at 10,000 articles must not regroup 400,000 facts).
 */
export class EventGrouping {
  private readonly buckets = new Map<string, Bucket>();
  private flat?: CorpusEvent[];

  constructor(private ctx: GroupContext) {}

  static build(facts: Fact[], ctx: GroupContext): EventGrouping {
    const g = new EventGrouping(ctx);
    for (const f of facts) g.place(f);
    for (const b of g.buckets.values()) g.regroup(b);
    return g;
  }

  private place(f: Fact): Bucket | undefined {
    const group = GROUPED[f.kind];
    if (!group) return undefined;
    const anchor = anchorOf(f, group, this.ctx);
    if (!anchor) return undefined;
    const key = `${group}|${anchor.key}`;
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = { key, group, anchor, facts: [], events: [], clusters: [], names: [], days: new Map() }));
    b.facts.push(f);
    b.days.set(f, dayNumber(f));
    return b;
  }

  /**
   * The anchors and clusters, with each fact given by its place in the corpus list: what `restore`
   * needs to make the same grouping without anchoring and clustering every fact again.
   */
  snapshot(indexOf: (f: Fact) => number): GroupingSnapshot {
    return [...this.buckets.values()].map((b) => ({ key: b.key, group: b.group, anchor: b.anchor, facts: Int32Array.from(b.facts, indexOf), days: Float64Array.from(b.facts, (f) => b.days.get(f)!), clusters: b.clusters.map((c) => Int32Array.from(c, indexOf)) }));
  }

  /** The grouping a snapshot was taken of, over the same facts (in the same corpus order) and context. */
  static restore(snapshot: GroupingSnapshot, facts: Fact[], ctx: GroupContext): EventGrouping {
    const g = new EventGrouping(ctx);
    // Anchors in the order a build met them, each cluster made an event as a build makes it.
    for (const s of snapshot) {
      checkPlaces(s.facts, facts.length);
      for (const c of s.clusters) checkPlaces(c, facts.length);
      const b: Bucket = { key: s.key, group: s.group, anchor: s.anchor, facts: Array.from(s.facts, (i) => facts[i]), events: [], clusters: s.clusters.map((c) => Array.from(c, (i) => facts[i])), names: [], days: new Map() };
      b.facts.forEach((f, i) => b.days.set(f, s.days[i]));
      b.events = b.clusters.map((cluster, k) => g.eventOf(b, cluster, k));
      b.names = b.events.map((e) => e.name);
      g.buckets.set(b.key, b);
    }
    return g;
  }

  /** Clusters an anchor's facts into events; a cluster with the very facts it had keeps its event. */
  private regroup(b: Bucket): CorpusEvent[] {
    const clusters = clusterByDate(b.facts, b.days);
    const fresh: CorpusEvent[] = [];
    const names: string[] = [];
    b.events = clusters.map((cluster, k) => {
      const was = b.clusters[k];
      if (was && was.length === cluster.length && was.every((f, i) => f === cluster[i])) {
        names.push(b.names[k]);
        return b.events[k];
      }
      const event = this.eventOf(b, cluster, k);
      names.push(event.name);
      fresh.push(event);
      return event;
    });
    b.clusters = clusters;
    b.names = names;
    this.flat = undefined;
    return fresh;
  }

  private eventOf(b: Bucket, cluster: Fact[], k: number): CorpusEvent {
    const kind = dominantKind(cluster);
    const name = eventName(b.group, kind, b.anchor, cluster);
    // Numbered within the anchor, so an event keeps its id when another anchor changes.
    const id = `event:${b.key}:${k}`;
    for (const f of cluster) f.eventId = id;
    const event: CorpusEvent = {
      id,
      name,
      kind,
      aliases: [],
      places: distinct(cluster, (f) => f.places),
      entities: distinct(cluster, (f) => f.entities),
      dates: cluster.map((f) => {
        const r = factDayRange(f);
        return { value: f.date.value, from: r?.from, to: r?.to, file: f.file, path: f.path, line: f.line, quote: f.sentence, factId: f.id };
      }),
      factIds: cluster.map((f) => f.id),
    };
    ownAliases.set(event, synonymNames(b.group, b.anchor, name));
    return event;
  }

  /** The anchor a grouped fact sits under, read from its event id (`event:<anchor>:<n>`). */
  private bucketOfGrouped(f: Fact): Bucket | undefined {
    if (!f.eventId) return undefined;
    return this.buckets.get(f.eventId.slice('event:'.length, f.eventId.lastIndexOf(':')));
  }

  /**
   * Swaps facts: the old ones leave their anchors, the new ones join theirs (in corpus order, by
   * `order`), and only those anchors are regrouped, under the current context (see `recontext`).
   */
  replace(oldFacts: Fact[], newFacts: Fact[], order: (f: Fact) => number): { removed: CorpusEvent[]; added: CorpusEvent[] } {
    const dirty = new Set<Bucket>();
    const leaving = new Set(oldFacts);
    for (const f of oldFacts) {
      const b = this.bucketOfGrouped(f);
      if (b) {
        dirty.add(b);
        b.days.delete(f);
      }
      f.eventId = undefined; // a fact that moves on is given its new event's id when regrouped
    }
    for (const b of dirty) b.facts = b.facts.filter((f) => !leaving.has(f));
    const joined = new Set<Bucket>();
    for (const f of newFacts) {
      const b = this.place(f);
      if (b) {
        dirty.add(b);
        joined.add(b);
      }
    }
    // place() appended the new facts; put them where a full build would have them.
    for (const b of joined) b.facts.sort((x, y) => order(x) - order(y));
    // A full build labels an anchor from its first fact ("50% tariff threat"): when that fact
    // changed, so may the label, and every event of the anchor is named again.
    for (const b of dirty) {
      const first = b.facts[0] && anchorOf(b.facts[0], b.group, this.ctx);
      if (first && first.key === b.anchor.key && first.label !== b.anchor.label) {
        b.anchor = first;
        b.clusters = [];
      }
    }
    const removed: CorpusEvent[] = [];
    const added: CorpusEvent[] = [];
    for (const b of dirty) {
      const before = b.events;
      if (b.facts.length === 0) {
        this.buckets.delete(b.key);
        b.events = [];
        b.clusters = [];
        b.names = [];
      } else added.push(...this.regroup(b));
      const kept = new Set(b.events);
      removed.push(...before.filter((e) => !kept.has(e)));
    }
    this.flat = undefined;
    return { removed, added };
  }

  /**
   * Takes in a new grouping context (the entities were merged again, sources were added or
   * removed): the given facts, those naming an entity that changed, are anchored again and move
   * to their new anchor only if it differs; anchors named after a renamed entity get the new name.
   */
  recontext(ctx: GroupContext, candidates: Fact[], order: (f: Fact) => number): { removed: CorpusEvent[]; added: CorpusEvent[] } {
    this.ctx = ctx;
    const movers: Fact[] = [];
    for (const f of candidates) {
      const group = GROUPED[f.kind];
      const anchor = group ? anchorOf(f, group, ctx) : undefined;
      const key = anchor ? `${group}|${anchor.key}` : undefined;
      if (key !== this.bucketOfGrouped(f)?.key) movers.push(f);
    }
    const renamed: Bucket[] = [];
    for (const b of this.buckets.values()) {
      const e = b.anchor.key.startsWith('rate:') ? undefined : ctx.entityById.get(b.anchor.key);
      if (e && e.name !== b.anchor.label) {
        b.anchor = { key: b.anchor.key, label: e.name };
        renamed.push(b);
      }
    }
    const out = this.replace(movers, movers, order);
    for (const b of renamed) {
      if (!this.buckets.has(b.key)) continue;
      out.removed.push(...b.events);
      b.clusters = []; // every event is named afresh
      out.added.push(...this.regroup(b));
    }
    return out;
  }

  /**
   * Every event, in order of id (so the order does not depend on whether the grouping was built at
   * once or updated); events that share a name get their month.
   */
  events(): CorpusEvent[] {
    if (this.flat) return this.flat;
    const out: CorpusEvent[] = [];
    const names = new Map<CorpusEvent, string>();
    for (const b of this.buckets.values()) {
      b.events.forEach((e, k) => {
        out.push(e);
        names.set(e, b.names[k]);
      });
    }
    out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    disambiguateNames(out, out.map((e) => names.get(e)!));
    return (this.flat = out);
  }
}

/** Split one anchor's facts where their dates lie more than a month apart; yearless ones join by month/day. */
function clusterByDate(facts: Fact[], days: Map<Fact, number>): Fact[][] {
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

/** The distinct items of the facts' lists, in order of first appearance (a busy event has thousands of facts: no list of them all is made). */
function distinct(facts: Fact[], listOf: (f: Fact) => string[]): string[] {
  const seen = new Set<string>();
  for (const f of facts) for (const x of listOf(f)) seen.add(x);
  return [...seen];
}

function dominantKind(facts: Fact[]): EventKind {
  const counts = new Map<EventKind, number>();
  for (const f of facts) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** Two events with one name (London talks of 2019 and of 2025) get their month to tell them apart. */
function disambiguateNames(events: CorpusEvent[], baseNames: string[]): void {
  const byName = new Map<string, CorpusEvent[]>();
  events.forEach((e, i) => {
    const name = baseNames[i];
    e.name = name;
    const list = byName.get(name);
    if (list) list.push(e);
    else byName.set(name, [e]);
  });
  for (const [, list] of byName) {
    if (list.length < 2) continue;
    for (const e of list) {
      const from = e.dates.find((d) => d.from)?.from;
      if (from) e.name = `${e.name} (${from.slice(0, 7)})`;
    }
  }
  // Other names ("Geneva truce") only where no other event answers to them.
  const claims = new Map<string, number>();
  const count = (n: string) => claims.set(n.toLowerCase(), (claims.get(n.toLowerCase()) ?? 0) + 1);
  events.forEach((e, i) => {
    count(baseNames[i]);
    for (const a of ownAliases.get(e) ?? []) count(a);
  });
  for (const e of events) e.aliases = (ownAliases.get(e) ?? []).filter((a) => claims.get(a.toLowerCase()) === 1);
}
