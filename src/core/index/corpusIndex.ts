// The in-memory index of a corpus: per-document extractions (kept so one changed file is cheap
// to replace) and the corpus-wide views derived from them (entities, facts, events, features).
// After a change the views are patched (an edit that keeps the names), updated where the change
// reaches (a few sources added, removed or naming new things), or derived again in full.
import { createHash } from 'crypto';
import { BOUND_BEFORE } from '../dates/lexicon';
import { EntityRegistry, type RegistrySnapshot } from '../entities/registry';
import { EventGrouping, tooCommon, type GroupContext, type GroupingSnapshot } from '../events/group';
import type { CorpusDay } from '../corpus/article';
import type { Knowledge } from '../knowledge/knowledgeFile';
import { curatedEventsAndFacts } from '../knowledge/curated';
import type { CorpusEvent, CorpusProblem, DocumentInfo, Entity, EntityMention, Fact } from '../types';
import { exact } from '../exact';
import { firstNotBefore } from '../sorted';
import { lineOf } from '../text/lines';
import { restoreLookups, snapshotLookups, type LookupsSnapshot } from '../query/lookups';
import { FeatureIndex, type FeatureSnapshot } from './features';

export interface DocEntry {
  info: DocumentInfo;
  text: string;
  lineStarts: number[];
  mentions: EntityMention[];
  /**
   * Facts in the order of their dates in the text. Their entity lists hold keys (kind:canonical)
   * until the index resolves them to the registry's ids, in place (a copy of every fact would
   * double what the collector carries at a warm start).
   */
  facts: Fact[];
  /** Each fact's entity keys and clause entity keys as extracted: what the facts are resolved from. */
  entityKeys: string[][];
  clauseKeys: string[][];
  problems: CorpusProblem[];
  /** How the text was made from the decoded file (`blanksOf`); absent or null: derive it again. */
  blanks?: number[] | null;
  /** A yearless wire dateline's day, dated in the year the corpus suggests (the engine re-reads it when that moves). */
  corpusDay?: CorpusDay;
}

/** A document's entry with the entity keys its facts hold as extracted (before any resolution). */
export function withEntityKeys<T extends { facts: Fact[] }>(entry: T): T & Pick<DocEntry, 'entityKeys' | 'clauseKeys'> {
  return Object.assign(entry, { entityKeys: entry.facts.map((f) => f.entities), clauseKeys: entry.facts.map((f) => f.clauseEntities) });
}

/** What one document's edit changed, for lookups built on the views before it to follow. */
export interface DerivedChange {
  from: Derived;
  removedFacts: Fact[];
  addedFacts: Fact[];
  removedEvents: CorpusEvent[];
  addedEvents: CorpusEvent[];
  /** The entities were merged again: lookups over their names cannot be kept. */
  entitiesChanged?: boolean;
}

export interface Derived {
  documents: DocumentInfo[];
  entities: Entity[];
  entityById: Map<string, Entity>;
  facts: Fact[];
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

/**
 * The corpus views as a full derivation left them, facts given by their place in the corpus list:
 * what a warm start reads back instead of merging, anchoring and indexing every fact again.
 */
export interface ViewsSnapshot {
  /** The documents (in corpus order), contents, page dates and knowledge the views were derived from. */
  signature: string;
  registry: RegistrySnapshot;
  grouping: GroupingSnapshot;
  features: FeatureSnapshot;
  lookups: LookupsSnapshot;
  /** Each document's count of facts by year (for the dominant year): how many years, then year and count pairs. */
  years: { counts: Int32Array; pairs: Int32Array };
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
  nextOrdinal: number;
  yearsOf: Map<string, Map<number, number>>;
  /** Entity keys (kind:canonical) as they resolved, to tell which resolve differently after a merge. */
  keyIds: Map<string, string | undefined>;
  /** The corpus order of facts whose source was removed (or removed and added again, so moved to the end). */
  retired: WeakMap<Fact, number>;
}

/** Beyond this many changed sources at once (or a fiftieth of the corpus), everything is derived again. */
const MAX_UPDATED_SOURCES = 32;

/**
 * How the index took in the last change: patched in place (an edit that keeps the names), updated
 * (sources added, removed, or naming new things: entities merged again, the rest where touched),
 * or derived again from every document (or read back from a snapshot of such views).
 */
export type UpdateKind = 'patched' | 'updated' | 'rederived' | 'restored';

export class CorpusIndex {
  private readonly docs = new Map<string, DocEntry>();
  private knowledge?: Knowledge;
  private registry = new EntityRegistry();
  private registryStale = false;
  private derived?: Derived;
  private state?: DerivationState;
  /** The last views while changes wait to be taken in, and the sources changed since. */
  private base?: Derived;
  private readonly changed = new Set<string>();
  /** Sources removed since the last views (one added again goes to the end of the corpus order). */
  private readonly removed = new Set<string>();
  readonly problems: CorpusProblem[] = [];
  lastUpdate?: UpdateKind;
  /** Views of an earlier run, to be read back if they were derived from exactly these documents. */
  private offered?: { views: ViewsSnapshot; file: string };
  /** Whether the current views are a full derivation (or read back from one): only those are snapshot. */
  private inFull = false;

  /** `incremental: false` derives every view again after any change (a reference for tests). */
  constructor(private readonly incremental = true) {}

  setDocument(entry: DocEntry): void {
    const old = this.docs.get(entry.info.path);
    // An existing path keeps its place in the map, and so in corpus order.
    this.docs.set(entry.info.path, entry);
    if (this.incremental && old && this.derived && this.state && !this.registryStale && old.info.file === entry.info.file && !this.knowledge?.events.length) {
      const starts = entry.lineStarts;
      if (this.registry.replaceKeepingNames(entry.info.file, entry.info.path, entry.text, entry.mentions, (offset) => lineOf(starts, offset))) {
        this.derived = this.patch(this.derived, this.state, entry);
        this.lastUpdate = 'patched';
        this.inFull = false;
        return;
      }
    }
    if (!this.registryStale) {
      if (old && old.info.file !== entry.info.file) this.registry.remove(old.info.file);
      this.addToRegistry(entry); // a file already there keeps its place
    }
    this.invalidate(entry.info.path);
  }

  removeDocument(path: string): boolean {
    const old = this.docs.get(path);
    if (!old) return false;
    this.registry.remove(old.info.file);
    this.docs.delete(path);
    this.removed.add(path);
    this.invalidate(path);
    return true;
  }

  /** The views no longer hold: keep the last ones to update from, and note which source changed. */
  private invalidate(path: string): void {
    if (this.derived) this.base = this.derived;
    this.derived = undefined;
    this.changed.add(path);
  }

  hasDocument(path: string): boolean {
    return this.docs.has(path);
  }

  entries(): IterableIterator<DocEntry> {
    return this.docs.values();
  }

  entry(path: string): DocEntry | undefined {
    return this.docs.get(path);
  }

  paths(): string[] {
    return [...this.docs.keys()];
  }

  setKnowledge(knowledge: Knowledge | undefined): void {
    // Curated entries cannot be taken back out of a registry: rebuild it when there were or are
    // some. Without any (most corpora), the registry built source by source still holds.
    if (this.knowledge?.entities.length || knowledge?.entities.length) this.registryStale = true;
    this.knowledge = knowledge;
    this.derived = undefined;
    this.base = undefined;
  }

  private addToRegistry(entry: DocEntry): void {
    const starts = entry.lineStarts;
    this.registry.add(entry.info.file, entry.info.path, entry.text, entry.mentions, (offset: number) => lineOf(starts, offset));
  }

  get(): Derived {
    if (this.derived) return this.derived;
    const few = this.changed.size <= Math.max(MAX_UPDATED_SOURCES, this.docs.size / 50);
    if (this.incremental && this.base && this.state && few && !this.registryStale && !this.knowledge?.events.length) {
      this.derived = this.update(this.base, this.state, this.changed);
      this.lastUpdate = 'updated';
    } else {
      const offered = this.takeOffered();
      if (offered) this.derived = this.restoreOrDerive(offered);
      else {
        this.derived = this.derive();
        this.lastUpdate = 'rederived';
      }
    }
    this.inFull = this.lastUpdate === 'rederived' || this.lastUpdate === 'restored';
    this.base = undefined;
    this.changed.clear();
    this.removed.clear();
    return this.derived;
  }

  /** The views as they stand, without deriving them (none while changes wait to be taken in). */
  current(): Derived | undefined {
    return this.derived;
  }

  /** Offers views of an earlier run: the next full derivation reads them back if they fit these documents. */
  offerViews(views: ViewsSnapshot, file: string): void {
    this.offered = { views, file };
  }

  /** The offered views, if they were derived from the documents held now; offered once only. */
  private takeOffered(): { views: ViewsSnapshot; file: string } | undefined {
    const offered = this.offered;
    this.offered = undefined;
    return offered && offered.views.signature === viewsSignature(this.docs, this.knowledge) ? offered : undefined;
  }

  /** Views read back from a snapshot; if it does not fit after all, derived afresh (and the reason noted). */
  private restoreOrDerive({ views, file }: { views: ViewsSnapshot; file: string }): Derived {
    try {
      const d = this.derive(views);
      this.lastUpdate = 'restored';
      return d;
    } catch (err) {
      this.problems.push({ file, severity: 'info', message: `saved corpus views could not be used (${(err as Error).message}); they were derived again` });
      this.registry.forgetMerge();
      this.lastUpdate = 'rederived';
      return this.derive();
    }
  }

  /** The current views as a snapshot, when they are a full derivation (not patched or updated since). */
  viewsSnapshot(): ViewsSnapshot | undefined {
    const d = this.derived;
    if (!d || !this.state || !this.inFull) return undefined;
    const place = new Map<Fact, number>();
    d.facts.forEach((f, i) => place.set(f, i));
    const indexOf = (f: Fact) => place.get(f)!;
    const counts = new Int32Array(this.docs.size);
    const pairs: number[] = [];
    let k = 0;
    for (const path of this.docs.keys()) {
      const years = this.state.yearsOf.get(path) ?? new Map<number, number>();
      counts[k++] = years.size;
      for (const [y, n] of years) pairs.push(y, n);
    }
    return {
      signature: viewsSignature(this.docs, this.knowledge),
      registry: d.registry.mergeSnapshot(),
      grouping: this.state.grouping.snapshot(indexOf),
      features: d.features.snapshot(),
      lookups: snapshotLookups(d, indexOf),
      years: { counts, pairs: Int32Array.from(pairs) },
    };
  }

  /** The views of every document, derived afresh or, from `views`, read back where that is what derivation would give. */
  private derive(views?: ViewsSnapshot): Derived {
    if (this.registryStale) {
      this.registry = new EntityRegistry();
      for (const k of this.knowledge?.entities ?? []) this.registry.addCurated(k);
      for (const entry of this.docs.values()) this.addToRegistry(entry);
      this.registryStale = false;
    }
    const registry = this.registry;
    if (views) registry.restoreMerge(views.registry);
    const entities = registry.entities();
    const ctx = groupContext(entities, this.docs.size);
    const keyIds = new Map<string, string | undefined>();
    const resolve = idResolver(registry, keyIds);
    const state: DerivationState = { grouping: undefined as unknown as EventGrouping, factsOf: new Map(), slotsOf: new Map(), ordinal: new Map(), nextOrdinal: 0, yearsOf: new Map(), keyIds, retired: new WeakMap() };
    // Corpus order is by document, then by offset: computed, not stored per fact (there are 400,000).
    const orderOf = (f: Fact) => state.retired.get(f) ?? (state.ordinal.get(f.path) ?? state.nextOrdinal) * ORDER_STRIDE + f.date.start;
    const facts: Fact[] = [];
    let ordinal = 0;
    let yearAt = 0;
    for (const entry of this.docs.values()) {
      const path = entry.info.path;
      const own = resolveFacts(entry, resolve, false);
      const slots: number[] = [];
      for (const f of own) {
        slots.push(facts.length);
        facts.push(f);
      }
      let years: Map<number, number> | undefined;
      if (views) {
        years = new Map();
        for (const end = yearAt + 2 * views.years.counts[ordinal]; yearAt < end; yearAt += 2) years.set(views.years.pairs[yearAt], views.years.pairs[yearAt + 1]);
      }
      keepDocument(state, path, own, slots, years);
      state.ordinal.set(path, ordinal++);
    }
    state.nextOrdinal = ordinal;
    state.grouping = views ? EventGrouping.restore(views.grouping, facts, ctx) : EventGrouping.build(facts, ctx);
    const curated = curatedEventsAndFacts(this.knowledge, registry, state.grouping.events());
    facts.push(...curated.facts);
    const allEvents = curated.events;
    this.state = state;
    const derived: Derived = {
      documents: [...this.docs.values()].map((d) => d.info).sort((a, b) => a.file.localeCompare(b.file)),
      entities,
      entityById: ctx.entityById,
      facts,
      events: allEvents,
      eventById: new Map(allEvents.map((e) => [e.id, e])),
      factSlots: facts.slice(), // its own array: an edit frees slots but splices the list
      features: views ? FeatureIndex.fromSnapshot(views.features, facts.length) : new FeatureIndex(facts),
      orderOf,
      registry,
      dominantYear: dominantYear(yearsInOrder(this.docs.keys(), state)),
    };
    if (views) restoreLookups(derived, views.lookups);
    return derived;
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
    const addedFacts = resolveFacts(entry, idResolver(this.registry), false);
    const slots = swapSlots(before, removedFacts, oldSlots, addedFacts);
    const { removed: removedEvents, added: addedEvents } = state.grouping.replace(removedFacts, addedFacts, before.orderOf);
    // Corpus order is document by document, so the document's facts are one run of the list.
    let at = 0;
    for (const p of this.docs.keys()) {
      if (p === path) break;
      at += state.factsOf.get(p)?.length ?? 0;
    }
    const facts = before.facts;
    facts.splice(at, removedFacts.length, ...addedFacts);
    keepDocument(state, path, addedFacts, slots);
    const change: DerivedChange = { from: before, removedFacts, addedFacts, removedEvents, addedEvents };
    return {
      ...this.moveOn(before, state, change),
      documents: before.documents.map((d) => (d.path === path ? entry.info : d)),
      facts,
      events: state.grouping.events(),
    };
  }

  /**
   * Takes in a few sources added, removed, or naming new things. The entities are merged again
   * (their ids are stable: kind and name); the changed sources' facts, and those of any source
   * whose names now resolve to another entity, are swapped in their slots; facts naming an entity
   * whose standing for grouping changed (how many sources name it, its aliases, whether it is
   * too common to tell events apart) are anchored again; the lookups follow the change.
   */
  private update(before: Derived, state: DerivationState, changed: Set<string>): Derived {
    const registry = this.registry;
    const entities = registry.entities();
    const ctx = groupContext(entities, this.docs.size);
    const keyIds = new Map<string, string | undefined>();
    const resolve = idResolver(registry, keyIds);
    const movedKeys = new Set<string>();
    for (const [key, id] of state.keyIds) if (resolve(key) !== id) movedKeys.add(key);
    const redo = new Set(changed);
    if (movedKeys.size) {
      const moved = (keys: string[]) => keys.some((k) => movedKeys.has(k));
      for (const [path, entry] of this.docs) if (!redo.has(path) && (entry.entityKeys.some(moved) || entry.clauseKeys.some(moved))) redo.add(path);
    }
    // New sources, and sources removed and added again, go last in corpus order, in the order the
    // documents are listed; the old facts of the latter keep their old place until they are gone.
    for (const path of this.docs.keys()) {
      if (!redo.has(path) || (state.ordinal.has(path) && !this.removed.has(path))) continue;
      for (const f of state.factsOf.get(path) ?? []) state.retired.set(f, before.orderOf(f));
      state.ordinal.set(path, state.nextOrdinal++);
    }
    const removedFacts: Fact[] = [];
    const addedFacts: Fact[] = [];
    for (const path of redo) {
      const entry = this.docs.get(path);
      const old = state.factsOf.get(path) ?? [];
      // A changed source's facts are in no view yet; the others' are, and are resolved anew as copies.
      const fresh = entry ? resolveFacts(entry, resolve, !changed.has(path)) : [];
      const slots = swapSlots(before, old, state.slotsOf.get(path) ?? [], fresh);
      if (entry) keepDocument(state, path, fresh, slots);
      else {
        // Its facts keep their order until the lookups have let them go; the source itself, if it
        // comes back later, goes to the end of the corpus order.
        for (const f of old) state.retired.set(f, before.orderOf(f));
        state.factsOf.delete(path);
        state.slotsOf.delete(path);
        state.yearsOf.delete(path);
        state.ordinal.delete(path);
      }
      removedFacts.push(...old);
      addedFacts.push(...fresh);
    }
    for (const [key, id] of keyIds) state.keyIds.set(key, id);
    // Entities whose standing for grouping changed; facts naming them may belong to another anchor.
    const oldCtx = groupContext(before.entities, before.documents.length);
    const touched = new Set<string>();
    for (const e of entities) {
      const o = before.entityById.get(e.id);
      if (!o || o.files.length !== e.files.length || o.kind !== e.kind || o.name !== e.name || String(o.aliases) !== String(e.aliases) || tooCommon(o, oldCtx) !== tooCommon(e, ctx)) touched.add(e.id);
    }
    for (const o of before.entities) if (!ctx.entityById.has(o.id)) touched.add(o.id);
    const leaving = new Set(removedFacts);
    const candidates = touched.size ? before.facts.filter((f) => !leaving.has(f) && (f.entities.some((id) => touched.has(id)) || f.clauseEntities.some((id) => touched.has(id)))) : [];
    const grouping = state.grouping;
    const regrouped = grouping.recontext(ctx, candidates, before.orderOf);
    const swapped = grouping.replace(removedFacts, addedFacts, before.orderOf);
    // An anchor regrouped twice made events that were replaced at once: count only the net change.
    const events = grouping.events();
    const present = new Set(events);
    const removedEvents = [...regrouped.removed, ...swapped.removed].filter((e) => !present.has(e));
    const addedEvents = [...new Set([...regrouped.added, ...swapped.added])].filter((e) => present.has(e));
    const facts: Fact[] = [];
    for (const path of this.docs.keys()) for (const f of state.factsOf.get(path) ?? []) facts.push(f);
    const documents = before.documents.filter((d) => !redo.has(d.path));
    for (const path of redo) {
      const info = this.docs.get(path)?.info;
      if (!info) continue;
      documents.splice(firstNotBefore(documents.length, (i) => documents[i].file.localeCompare(info.file) < 0), 0, info);
    }
    const change: DerivedChange = { from: before, removedFacts, addedFacts, removedEvents, addedEvents, entitiesChanged: true };
    return { ...this.moveOn(before, state, change), documents, entities, entityById: ctx.entityById, facts, events };
  }

  /**
   * What a patch and an update share once facts and events are swapped: the event id map follows
   * the change, the dominant year is counted again, and the new views point one step back only (views
   * two changes old are not held in memory).
   */
  private moveOn(before: Derived, state: DerivationState, change: DerivedChange): Derived {
    for (const e of change.removedEvents) before.eventById.delete(e.id);
    for (const e of change.addedEvents) before.eventById.set(e.id, e);
    before.change = undefined;
    return { ...before, dominantYear: dominantYear(yearsInOrder(this.docs.keys(), state)), change };
  }

  allProblems(): CorpusProblem[] {
    const out = [...this.problems];
    for (const d of this.docs.values()) out.push(...d.problems);
    if (this.knowledge) out.push(...this.knowledge.problems);
    return out;
  }
}

/**
 * What views derived from these documents depend on: each document in corpus order with its
 * content, its page date and how many facts it gave (a wire's year can move with the corpus),
 * and the knowledge file's entries.
 */
function viewsSignature(docs: Map<string, DocEntry>, knowledge: Knowledge | undefined): string {
  let all = JSON.stringify(knowledge ? [knowledge.file, knowledge.entities, knowledge.events] : null);
  for (const e of docs.values()) all += `\n${e.info.path}\u0000${e.info.hash}\u0000${e.info.date ?? ''}\u0000${e.facts.length}`;
  return createHash('sha1').update(all).digest('hex');
}

/** Resolves entity keys (kind:canonical) to the registry's ids, each distinct key once. */
interface IdResolver {
  (key: string): string | undefined;
  /** The one-id list a lone key resolves to, shared by every fact that names only it. */
  lone(key: string): string[];
  /**
   * The ids a list of keys resolves to (each once), made once per list: cached facts share their
   * key lists (codec.ts), so 100,000 facts of a warm start resolve a few thousand lists.
   */
  list(keys: string[]): string[];
}

function idResolver(registry: EntityRegistry, cache = new Map<string, string | undefined>()): IdResolver {
  const resolve = (key: string) => {
    if (!cache.has(key)) {
      const colon = key.indexOf(':');
      cache.set(key, registry.lookup(key.slice(colon + 1))?.id);
    }
    return cache.get(key);
  };
  const lone = new Map<string, string[]>();
  const lists = new Map<string[], string[]>();
  return Object.assign(resolve, {
    lone(key: string): string[] {
      let list = lone.get(key);
      if (list === undefined) {
        const id = resolve(key);
        lone.set(key, (list = exact(id ? [id] : [])));
      }
      return list;
    },
    list(keys: string[]): string[] {
      let ids = lists.get(keys);
      if (ids === undefined) {
        // Facts name a handful of entities: a linear check beats a Set.
        const out: string[] = [];
        for (let i = 0; i < keys.length; i++) {
          const id = resolve(keys[i]);
          if (id && !out.includes(id)) out.push(id);
        }
        lists.set(keys, (ids = exact(out)));
      }
      return ids;
    },
  });
}

/**
 * A document's facts with their entity keys turned into ids. Facts no view holds yet are resolved
 * in place; `copy` makes new facts instead, so views that hold the old ones can tell them apart.
 */
function resolveFacts(entry: DocEntry, resolve: IdResolver, copy: boolean): Fact[] {
  // A fact naming none or one entity shares its list, and so does one whose key list it shares
  // (no two arrays per fact to collect).
  const ids = (keys: string[]): string[] => (keys.length <= 1 ? (keys.length === 0 ? exact(keys) : resolve.lone(keys[0])) : resolve.list(keys));
  const { facts, entityKeys, clauseKeys } = entry;
  if (!copy) {
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i];
      f.entities = ids(entityKeys[i]);
      f.clauseEntities = ids(clauseKeys[i]);
      f.eventId = undefined;
    }
    return facts;
  }
  // Every field written out: a spread that then overrides two of them gives thousands of hidden
  // classes (one per few facts in V8), slower and heavier than one.
  return facts.map(
    (f, i): Fact => ({
      id: f.id,
      file: f.file,
      path: f.path,
      line: f.line,
      date: f.date,
      sentence: f.sentence,
      sentenceStart: f.sentenceStart,
      sentenceEnd: f.sentenceEnd,
      kind: f.kind,
      entities: ids(entityKeys[i]),
      places: f.places,
      terms: f.terms,
      clauseStart: f.clauseStart,
      clauseEnd: f.clauseEnd,
      clauseEntities: ids(clauseKeys[i]),
      reliability: f.reliability,
      yearKnown: f.yearKnown,
      eventId: undefined,
    }),
  );
}

function yearCounts(facts: Fact[]): Map<number, number> {
  const years = new Map<number, number>();
  for (const f of facts) {
    // A date ahead of its text, or a bound ("through January 2029"), says little of the years the
    // sources are about.
    if (f.yearKnown && /^\d{4}/.test(f.date.value) && !f.date.future && !BOUND_BEFORE.test(f.sentence.slice(Math.max(0, f.date.start - f.sentenceStart - 12), f.date.start - f.sentenceStart))) {
      const y = Number(f.date.value.slice(0, 4));
      years.set(y, (years.get(y) ?? 0) + 1);
    }
  }
  return years;
}

/** A document's facts with entity ids, the feature-index slots they hold, and the years they name. */
function keepDocument(state: DerivationState, path: string, facts: Fact[], slots: number[], years = yearCounts(facts)): void {
  state.factsOf.set(path, facts);
  state.slotsOf.set(path, slots);
  state.yearsOf.set(path, years);
}

/** Years counted over the documents in corpus order (ties between years go to the first seen). */
function yearsInOrder(paths: Iterable<string>, state: DerivationState): Map<number, number> {
  const years = new Map<number, number>();
  for (const p of paths) for (const [y, n] of state.yearsOf.get(p) ?? []) years.set(y, (years.get(y) ?? 0) + n);
  return years;
}

/** The year most sources are about. */
function dominantYear(years: Map<number, number>): number | undefined {
  return [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Grouping needs each entity, how many sources name it, and how many sources there are. */
function groupContext(entities: Entity[], documentCount: number): GroupContext {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const docFreq = new Map<string, number>();
  for (const e of entities) docFreq.set(e.id, e.files.length);
  return { entityById, documentFrequency: (id) => docFreq.get(id) ?? 0, documentCount };
}

/**
 * Puts a document's new facts in the feature index where its old ones were (more of them take new
 * slots at the end; fewer leave slots free). Returns the slots the new facts hold.
 */
function swapSlots(views: Derived, oldFacts: Fact[], oldSlots: number[], newFacts: Fact[]): number[] {
  const slots: number[] = [];
  for (let i = 0; i < Math.max(oldFacts.length, newFacts.length); i++) {
    const slot = i < oldSlots.length ? oldSlots[i] : views.factSlots.length;
    const after = newFacts[i];
    views.features.replace(slot, oldFacts[i], after);
    views.factSlots[slot] = after;
    if (after) slots.push(slot);
  }
  return slots;
}
