// The in-memory index of a corpus: per-document extractions (kept so one changed file is cheap
// to replace) and the corpus-wide views derived from them (entities, facts, events, features),
// rebuilt lazily after a change.
import { EntityRegistry } from '../entities/registry';
import { EventGrouping } from '../events/group';
import type { Knowledge } from '../knowledge/knowledgeFile';
import { curatedEventsAndFacts } from '../knowledge/curated';
import type { CorpusEvent, CorpusProblem, DocumentInfo, Entity, EntityMention, Fact } from '../types';
import { lineOf } from '../text/lines';
import { FeatureIndex } from './features';

export interface DocEntry {
  info: DocumentInfo;
  text: string;
  lineStarts: number[];
  mentions: EntityMention[];
  /** Facts with entity keys (kind:canonical), before the registry assigns ids. */
  facts: Fact[];
  problems: CorpusProblem[];
}

/** What one document's edit changed, for lookups built on the views before it to follow. */
export interface DerivedChange {
  from: Derived;
  removedFacts: Fact[];
  addedFacts: Fact[];
  removedEvents: CorpusEvent[];
  addedEvents: CorpusEvent[];
}

export interface Derived {
  documents: DocumentInfo[];
  entities: Entity[];
  entityById: Map<string, Entity>;
  facts: Fact[];
  factById: Map<string, Fact>;
  events: CorpusEvent[];
  eventById: Map<string, CorpusEvent>;
  /** Facts by the slot the feature index knows them by; a slot freed by an edit holds undefined. */
  factSlots: Array<Fact | undefined>;
  features: FeatureIndex;
  /** A fact's place in corpus order (document by document): the tie-break every sorted list uses. */
  orderOf: (f: Fact) => number;
  registry: EntityRegistry;
  /** Set when these views were patched from earlier ones (one step back only). */
  change?: DerivedChange;
  /** The year most sources are about: the fallback for a brief that never states one. */
  dominantYear?: number;
}

/** Room for each document's offsets in the corpus order (sources are capped well below 8 MB). */
const ORDER_STRIDE = 1 << 23;

/** What the last full derivation keeps so that an edit to one document can be patched in. */
interface DerivationState {
  grouping: EventGrouping;
  /** Each document's facts with entity ids, and the slots they occupy. */
  factsOf: Map<string, Fact[]>;
  slotsOf: Map<string, number[]>;
  ordinal: Map<string, number>;
  yearsOf: Map<string, Map<number, number>>;
}

/** How the index took in the last change: patched in place or derived again from every document. */
export type UpdateKind = 'patched' | 'rederived';

export class CorpusIndex {
  private readonly docs = new Map<string, DocEntry>();
  private knowledge?: Knowledge;
  private registry = new EntityRegistry();
  private registryStale = false;
  private derived?: Derived;
  private state?: DerivationState;
  readonly problems: CorpusProblem[] = [];
  lastUpdate?: UpdateKind;

  setDocument(entry: DocEntry): void {
    const old = this.docs.get(entry.info.path);
    // An existing path keeps its place in the map, and so in corpus order.
    this.docs.set(entry.info.path, entry);
    if (old && this.derived && this.state && !this.registryStale && old.info.file === entry.info.file && !this.knowledge?.events.length) {
      const starts = entry.lineStarts;
      if (this.registry.replaceKeepingNames(entry.info.file, entry.info.path, entry.text, entry.mentions, (offset) => lineOf(starts, offset))) {
        this.derived = this.patch(this.derived, this.state, entry);
        this.lastUpdate = 'patched';
        return;
      }
    }
    if (!this.registryStale) {
      if (old && old.info.file !== entry.info.file) this.registry.remove(old.info.file);
      this.addToRegistry(entry); // a file already there keeps its place
    }
    this.derived = undefined;
    this.lastUpdate = 'rederived';
  }

  removeDocument(path: string): boolean {
    const old = this.docs.get(path);
    if (!old) return false;
    this.registry.remove(old.info.file);
    this.docs.delete(path);
    this.derived = undefined;
    this.lastUpdate = 'rederived';
    return true;
  }

  hasDocument(path: string): boolean {
    return this.docs.has(path);
  }

  entry(path: string): DocEntry | undefined {
    return this.docs.get(path);
  }

  paths(): string[] {
    return [...this.docs.keys()];
  }

  setKnowledge(knowledge: Knowledge | undefined): void {
    this.knowledge = knowledge;
    this.registryStale = true; // curated entries cannot be taken back out of a registry: rebuild it
    this.derived = undefined;
  }

  private addToRegistry(entry: DocEntry): void {
    const starts = entry.lineStarts;
    this.registry.add(entry.info.file, entry.info.path, entry.text, entry.mentions, (offset: number) => lineOf(starts, offset));
  }

  get(): Derived {
    if (!this.derived) this.derived = this.derive();
    return this.derived;
  }

  private derive(): Derived {
    if (this.registryStale) {
      this.registry = new EntityRegistry();
      for (const k of this.knowledge?.entities ?? []) this.registry.addCurated(k);
      for (const entry of this.docs.values()) this.addToRegistry(entry);
      this.registryStale = false;
    }
    const registry = this.registry;
    const entities = registry.entities();
    const entityById = new Map(entities.map((e) => [e.id, e]));
    const resolve = idResolver(registry);
    const state: DerivationState = { grouping: undefined as unknown as EventGrouping, factsOf: new Map(), slotsOf: new Map(), ordinal: new Map(), yearsOf: new Map() };
    // Corpus order is by document, then by offset: computed, not stored per fact (there are 400,000).
    const orderOf = (f: Fact) => (state.ordinal.get(f.path) ?? state.ordinal.size) * ORDER_STRIDE + f.date.start;
    const facts: Fact[] = [];
    const years = new Map<number, number>();
    let ordinal = 0;
    for (const entry of this.docs.values()) {
      const path = entry.info.path;
      const own = resolveFacts(entry.facts, resolve);
      const slots: number[] = [];
      for (const f of own) {
        slots.push(facts.length);
        facts.push(f);
      }
      const docYears = yearCounts(own);
      for (const [y, n] of docYears) years.set(y, (years.get(y) ?? 0) + n);
      state.factsOf.set(path, own);
      state.slotsOf.set(path, slots);
      state.yearsOf.set(path, docYears);
      state.ordinal.set(path, ordinal++);
    }
    const docFreq = new Map<string, number>();
    for (const e of entities) docFreq.set(e.id, e.files.length);
    state.grouping = EventGrouping.build(facts, { entityById, documentFrequency: (id) => docFreq.get(id) ?? 0, documentCount: this.docs.size });
    const curated = curatedEventsAndFacts(this.knowledge, registry, state.grouping.events());
    facts.push(...curated.facts);
    const allEvents = curated.events;
    this.state = state;
    return {
      documents: [...this.docs.values()].map((d) => d.info).sort((a, b) => a.file.localeCompare(b.file)),
      entities,
      entityById,
      facts,
      factById: new Map(facts.map((f) => [f.id, f])),
      events: allEvents,
      eventById: new Map(allEvents.map((e) => [e.id, e])),
      factSlots: facts.slice(), // its own array: an edit frees slots but splices the list
      features: new FeatureIndex(facts),
      orderOf,
      registry,
      dominantYear: dominantYear(years),
    };
  }

  /**
   * Takes in an edit of one document whose names are unchanged (the registry has already swapped
   * its mentions): its facts are replaced in the slots they held, only the event anchors they touch
   * are regrouped, and the views are updated rather than derived again from every document.
   */
  private patch(before: Derived, state: DerivationState, entry: DocEntry): Derived {
    const path = entry.info.path;
    const removedFacts = state.factsOf.get(path) ?? [];
    const oldSlots = state.slotsOf.get(path) ?? [];
    const addedFacts = resolveFacts(entry.facts, idResolver(this.registry));
    // The new facts take the old ones' slots; more of them take new slots at the end.
    const factSlots = before.factSlots;
    const slots: number[] = [];
    for (let i = 0; i < Math.max(removedFacts.length, addedFacts.length); i++) {
      const slot = i < oldSlots.length ? oldSlots[i] : factSlots.length;
      const after = addedFacts[i];
      before.features.replace(slot, removedFacts[i], after);
      factSlots[slot] = after;
      if (after) slots.push(slot);
    }
    const { removed: removedEvents, added: addedEvents } = state.grouping.replace(removedFacts, addedFacts, before.orderOf);
    // Corpus order is document by document, so the document's facts are one run of the list.
    let at = 0;
    for (const [p, own] of state.factsOf) {
      if (p === path) break;
      at += own.length;
    }
    const facts = before.facts;
    facts.splice(at, removedFacts.length, ...addedFacts);
    for (const f of removedFacts) before.factById.delete(f.id);
    for (const f of addedFacts) before.factById.set(f.id, f);
    for (const e of removedEvents) before.eventById.delete(e.id);
    for (const e of addedEvents) before.eventById.set(e.id, e);
    state.factsOf.set(path, addedFacts);
    state.slotsOf.set(path, slots);
    state.yearsOf.set(path, yearCounts(addedFacts));
    const years = new Map<number, number>();
    for (const docYears of state.yearsOf.values()) for (const [y, n] of docYears) years.set(y, (years.get(y) ?? 0) + n);
    const documents = before.documents.map((d) => (d.path === path ? entry.info : d));
    // Only one step back is kept: views two edits old are not held in memory.
    if (before.change) before.change = undefined;
    return {
      ...before,
      documents,
      facts,
      events: state.grouping.events(),
      dominantYear: dominantYear(years),
      change: { from: before, removedFacts, addedFacts, removedEvents, addedEvents },
    };
  }

  allProblems(): CorpusProblem[] {
    const out = [...this.problems];
    for (const d of this.docs.values()) out.push(...d.problems);
    if (this.knowledge) out.push(...this.knowledge.problems);
    return out;
  }
}

/** Resolves an entity key (kind:canonical) to the registry's id, each distinct key once. */
function idResolver(registry: EntityRegistry): (key: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (key) => {
    if (!cache.has(key)) {
      const colon = key.indexOf(':');
      cache.set(key, registry.lookup(key.slice(colon + 1))?.id);
    }
    return cache.get(key);
  };
}

/** A document's facts with entity keys turned into ids, in the order of their dates in the text. */
function resolveFacts(facts: Fact[], resolve: (key: string) => string | undefined): Fact[] {
  // Facts name a handful of entities: a linear check beats a Set per fact (there are 400,000 at 10k articles).
  const ids = (keys: string[]): string[] => {
    const out: string[] = [];
    for (const k of keys) {
      const id = resolve(k);
      if (id && !out.includes(id)) out.push(id);
    }
    return out;
  };
  return facts.map((f) => ({ ...f, entities: ids(f.entities), clauseEntities: ids(f.clauseEntities) })).sort((a, b) => a.date.start - b.date.start);
}

function yearCounts(facts: Fact[]): Map<number, number> {
  const years = new Map<number, number>();
  for (const f of facts) {
    if (f.yearKnown && /^\d{4}/.test(f.date.value)) {
      const y = Number(f.date.value.slice(0, 4));
      years.set(y, (years.get(y) ?? 0) + 1);
    }
  }
  return years;
}

/** The year most sources are about. */
function dominantYear(years: Map<number, number>): number | undefined {
  return [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
}
