// The in-memory index of a corpus: per-document extractions (kept so one changed file is cheap
// to replace) and the corpus-wide views derived from them (entities, facts, events, features),
// rebuilt lazily after a change.
import { EntityRegistry } from '../entities/registry';
import { groupEvents } from '../events/group';
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

export interface Derived {
  documents: DocumentInfo[];
  entities: Entity[];
  entityById: Map<string, Entity>;
  facts: Fact[];
  factById: Map<string, Fact>;
  events: CorpusEvent[];
  eventById: Map<string, CorpusEvent>;
  features: FeatureIndex;
  registry: EntityRegistry;
  /** The year most sources are about: the fallback for a brief that never states one. */
  dominantYear?: number;
}

export class CorpusIndex {
  private readonly docs = new Map<string, DocEntry>();
  private knowledge?: Knowledge;
  private registry = new EntityRegistry();
  private registryStale = false;
  private derived?: Derived;
  readonly problems: CorpusProblem[] = [];

  setDocument(entry: DocEntry): void {
    const old = this.docs.get(entry.info.path);
    if (old) this.registry.remove(old.info.file);
    this.docs.set(entry.info.path, entry);
    if (!this.registryStale) this.addToRegistry(entry);
    this.derived = undefined;
  }

  removeDocument(path: string): boolean {
    const old = this.docs.get(path);
    if (!old) return false;
    this.registry.remove(old.info.file);
    this.docs.delete(path);
    this.derived = undefined;
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
    const idCache = new Map<string, string | undefined>();
    const resolve = (key: string): string | undefined => {
      if (!idCache.has(key)) {
        const colon = key.indexOf(':');
        idCache.set(key, registry.lookup(key.slice(colon + 1))?.id);
      }
      return idCache.get(key);
    };
    // Facts name a handful of entities: a linear check beats a Set per fact (there are 400,000 at 10k articles).
    const ids = (keys: string[]): string[] => {
      const out: string[] = [];
      for (const k of keys) {
        const id = resolve(k);
        if (id && !out.includes(id)) out.push(id);
      }
      return out;
    };
    const facts: Fact[] = [];
    const years = new Map<number, number>();
    for (const entry of this.docs.values()) {
      for (const f of entry.facts) {
        facts.push({ ...f, entities: ids(f.entities), clauseEntities: ids(f.clauseEntities) });
        if (f.yearKnown && /^\d{4}/.test(f.date.value)) {
          const y = Number(f.date.value.slice(0, 4));
          years.set(y, (years.get(y) ?? 0) + 1);
        }
      }
    }
    const docFreq = new Map<string, number>();
    for (const e of entities) docFreq.set(e.id, e.files.length);
    const events = groupEvents(facts, { entityById, documentFrequency: (id) => docFreq.get(id) ?? 0, documentCount: this.docs.size });
    const curated = curatedEventsAndFacts(this.knowledge, registry, events);
    facts.push(...curated.facts);
    const allEvents = curated.events;
    return {
      documents: [...this.docs.values()].map((d) => d.info).sort((a, b) => a.file.localeCompare(b.file)),
      entities,
      entityById,
      facts,
      factById: new Map(facts.map((f) => [f.id, f])),
      events: allEvents,
      eventById: new Map(allEvents.map((e) => [e.id, e])),
      features: new FeatureIndex(facts),
      registry,
      dominantYear: [...years].sort((a, b) => b[1] - a[1])[0]?.[0],
    };
  }

  allProblems(): CorpusProblem[] {
    const out = [...this.problems];
    for (const d of this.docs.values()) out.push(...d.problems);
    if (this.knowledge) out.push(...this.knowledge.problems);
    return out;
  }
}
