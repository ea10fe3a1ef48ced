// Merges entity mentions across articles into entities with aliases, roles and quotes, and finds
// known names in any text (a brief) with one compiled pattern.
import { isStopWord } from '../text/terms';
import { opensNoName, surnameOf } from './extract';
import type { Entity, EntityKind, EntityMention, SourceRef } from '../types';
import { escapeRegExp } from '../text/escapeRegExp';

/** One article's mentions, kept as extracted: a busy corpus has millions, so nothing is copied per mention. */
interface Contribution {
  file: string;
  path: string;
  text: string;
  lineOf: (offset: number) => number;
  mentions: EntityMention[];
  /** Each mention's key (kind:lower-case canonical), worked out once when the document is added. */
  keys: string[];
}

export interface CuratedEntityInput {
  name: string;
  kind: EntityKind;
  aliases?: string[];
  roles?: string[];
  notes?: string;
}

const slug = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

function quoteAround(text: string, start: number, end: number): { start: number; end: number; quote: string } {
  let s = Math.max(0, text.lastIndexOf('\n', start) + 1, start - 120);
  let e = text.indexOf('\n', end);
  if (e === -1 || e > end + 120) e = Math.min(text.length, end + 120);
  while (s > 0 && s < start && !/\s/.test(text[s - 1])) s++;
  return { start: s, end: e, quote: text.slice(s, e).trim() };
}

/** Entity key used inside facts until the registry assigns ids: kind + ':' + lower-case canonical name, folded (see nameKey). */
export function mentionKey(m: EntityMention): string {
  return nameKey(m.kind, m.canonical);
}

/**
 * The key of a name of a kind: folded (see foldName) and lower-cased; for a body named after a pair,
 * the pair in one order ("Ukraine-EU Association Committee" is the "EU-Ukraine Association Committee").
 */
function nameKey(kind: string, name: string): string {
  const key = foldName(name).toLowerCase();
  const pair = kind === 'person' ? null : /^([\p{L}\p{N}.]+)-([\p{L}\p{N}.]+)(\s.*)$/u.exec(key);
  return `${kind}:${pair && pair[2] < pair[1] ? `${pair[2]}-${pair[1]}${pair[3]}` : key}`;
}

/** A name as it is matched: accents folded (see foldAccents), and a dash between two words a hyphen ("EU–Ukraine"). Offsets are kept. */
function foldName(text: string): string {
  const folded = foldAccents(text);
  return /[\u2010-\u2015]/.test(folded) ? folded.replace(/(?<=[\p{L}\p{N}])[\u2010-\u2015](?=[\p{L}\p{N}])/gu, '-') : folded;
}

/**
 * "Šefčovič" and "Sefcovic", "José Raúl Mulino" and "Jose Raul Mulino": one name, with and without
 * its accents. Each accented Latin letter becomes its base letter, one character for one, so offsets
 * in a folded text are those of the text.
 */
export function foldAccents(text: string): string {
  return /[\u00C0-\u024F]/.test(text) ? text.replace(/[\u00C0-\u024F]/g, (ch) => {
    const base = ch.normalize('NFD')[0];
    return /[A-Za-z]/.test(base) ? base : ch;
  }) : text;
}

function refOf(c: Contribution, m: EntityMention): SourceRef {
  return { file: c.file, path: c.path, line: c.lineOf(m.start), ...quoteAround(c.text, m.start, m.end) };
}

/** Whether two extractions name the same things in the same order, with the same roles. */
function sameNames(a: EntityMention[], b: EntityMention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.kind !== y.kind || x.canonical !== y.canonical || x.text !== y.text || x.role !== y.role || x.affiliation !== y.affiliation) return false;
  }
  return true;
}

/** A merge of entities: each entity, and for each mention key the key it merged under and that key's entity (by place). */
export interface RegistrySnapshot {
  entities: Entity[];
  byKey: Array<[string, number]>;
  canon: Array<[string, string]>;
}

export class EntityRegistry {
  private readonly docs = new Map<string, Contribution>();
  private readonly curated: CuratedEntityInput[] = [];
  private built?: { entities: Entity[]; bySurface: Map<string, Entity>; pattern?: RegExp; entityOf: (m: EntityMention) => Entity | undefined; byKey: Map<string, Entity>; canon: Map<string, string> };

  add(file: string, path: string, text: string, mentions: EntityMention[], lineOf: (offset: number) => number): void {
    this.docs.set(file, { file, path, text, lineOf, mentions, keys: this.keysOf(mentions) });
    this.built = undefined;
  }

  /**
   * Swaps a document's mentions for new ones that name the same things in the same order (an edit
   * of its prose, a corrected date): entities, aliases, counts and lookups stay as they are, and
   * only the quotes and roles this document gave are re-pointed at the new text. Returns false,
   * changing nothing, when the names differ: the caller then replaces the document in full.
   */
  replaceKeepingNames(file: string, path: string, text: string, mentions: EntityMention[], lineOf: (offset: number) => number): boolean {
    const old = this.docs.get(file);
    if (!old || !sameNames(old.mentions, mentions)) return false;
    const c: Contribution = { file, path, text, lineOf, mentions, keys: old.keys }; // same names, same keys
    this.docs.set(file, c); // an existing key keeps its place: quotes stay in corpus order
    if (!this.built) return true;
    const byEntity = new Map<Entity, EntityMention[]>();
    for (const m of mentions) {
      const e = this.built.entityOf(m);
      if (!e) continue;
      const list = byEntity.get(e);
      if (list) list.push(m);
      else byEntity.set(e, [m]);
    }
    for (const [e, own] of byEntity) {
      let next = 0;
      e.refs = e.refs.map((r) => (r.file === file && next < own.length ? refOf(c, own[next++]) : r));
      e.roles = e.roles.map((r) => {
        if (r.source.file !== file) return r;
        const m = own.find((x) => x.role?.toLowerCase() === r.role.toLowerCase());
        return m ? { role: r.role, affiliation: m.affiliation, source: refOf(c, m) } : r;
      });
    }
    return true;
  }

  /**
   * Keys per distinct (kind, name), shared by every document: a merge after an edit reads them, not
   * rebuilds them. By kind, then name: no string is made per mention to look one up.
   */
  private readonly keyCache = new Map<string, Map<string, string>>();

  private keyOf(m: EntityMention): string {
    let byName = this.keyCache.get(m.kind);
    if (!byName) this.keyCache.set(m.kind, (byName = new Map()));
    let k = byName.get(m.canonical);
    if (k === undefined) byName.set(m.canonical, (k = mentionKey(m)));
    return k;
  }

  private keysOf(mentions: EntityMention[]): string[] {
    return mentions.map((m) => this.keyOf(m));
  }

  remove(file: string): void {
    if (this.docs.delete(file)) this.built = undefined;
  }

  addCurated(e: CuratedEntityInput): void {
    this.curated.push(e);
    this.built = undefined;
  }

  private build() {
    if (this.built) return this.built;
    const byKey = new Map<string, Entity>();
    const surfaceToKey = new Map<string, string>();
    for (const c of this.curated) {
      const key = nameKey(c.kind, c.name);
      const dummy: SourceRef = { file: '', path: '', line: 0, start: 0, end: 0, quote: '' };
      byKey.set(key, { id: `${c.kind}:${slug(c.name)}`, name: c.name, kind: c.kind, aliases: [c.name, ...(c.aliases ?? [])], roles: (c.roles ?? []).map((r) => ({ role: r, source: dummy })), mentions: 0, files: [], refs: [], curated: true, notes: c.notes });
      for (const a of [c.name, ...(c.aliases ?? [])]) surfaceToKey.set(foldName(a).toLowerCase(), key);
    }
    // Canonical forms that are the surname of a longer canonical name fold into it ("Trump" → "Donald Trump").
    const canon = new Map<string, string>();
    // In path order, not the order sources arrived in: an index kept up to date edit by edit shows the
    // same names, aliases and first sources as one built afresh.
    const contributions = [...this.docs.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const keys = new Set<string>();
    for (const c of contributions) for (const k of c.keys) keys.add(k);
    const fullNames = new Set([...keys].filter((k) => k.startsWith('person:') && k.includes(' ')));
    const lastToFull = new Map<string, string>();
    for (const f of fullNames) {
      const name = f.slice('person:'.length);
      const parts = name.split(' ');
      lastToFull.set(`person:${surnameOf(name)}`, f);
      // East Asian names put the family name first ("Xi" for "Xi Jinping").
      if (parts.length === 2 && parts[0].length <= 4) lastToFull.set(`person:${parts[0]}`, f);
    }
    // The name shown: the last capitalised form the sources give, else the first form.
    const display = new Map<string, string>();
    for (const c of contributions) {
      c.mentions.forEach((m, i) => {
        const k = c.keys[i];
        const first = m.canonical[0] ?? '';
        if (!display.has(k) || (first !== first.toLowerCase() && first === first.toUpperCase())) display.set(k, m.canonical);
      });
    }
    // "US Supreme Court" is the "Supreme Court" another page names without its country.
    const countryless = (k: string) => {
      const m = /^organization:(?:us|u\.s\.|american|united states)\s+(.+\s.+)$/.exec(k);
      return m && keys.has(`organization:${m[1]}`) ? `organization:${m[1]}` : undefined;
    };
    for (const k of keys) canon.set(k, surfaceToKey.get(k.slice(k.indexOf(':') + 1)) ?? (fullNames.has(k) ? k : lastToFull.get(k) ?? countryless(k) ?? k));
    const filesOf = new Map<Entity, Set<string>>();
    for (const c of contributions) c.mentions.forEach((m, i) => {
      const key = canon.get(c.keys[i])!;
      let e = byKey.get(key);
      if (!e) {
        const kind = key.slice(0, key.indexOf(':')) as EntityKind;
        const name = display.get(key) ?? m.canonical;
        e = { id: `${kind}:${slug(key.slice(key.indexOf(':') + 1))}`, name, kind, aliases: [], roles: [], mentions: 0, files: [], refs: [] };
        byKey.set(key, e);
      }
      e.mentions++;
      let files = filesOf.get(e);
      if (!files) filesOf.set(e, (files = new Set(e.files)));
      if (!files.has(c.file)) {
        files.add(c.file);
        e.files.push(c.file);
      }
      if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
      if (e.refs.length < 8) e.refs.push(refOf(c, m));
      if (m.role && !e.roles.some((r) => r.role.toLowerCase() === m.role!.toLowerCase())) e.roles.push({ role: m.role, affiliation: m.affiliation, source: refOf(c, m) });
    });
    for (const e of byKey.values()) if (!e.aliases.includes(e.name)) e.aliases.unshift(e.name);
    // A person is cited by surname ("Trump", "Bessent") or, for family-name-first names, by the
    // first part ("Xi"): add those short forms when no other person shares them.
    const short = new Map<string, Entity[]>();
    for (const e of byKey.values()) {
      if (e.kind !== 'person' || e.curated) continue;
      const parts = e.name.split(/\s+/);
      if (parts.length < 2) continue;
      const forms = new Set([surnameOf(e.name)]);
      if (parts.length === 2 && parts[0].length <= 4) forms.add(parts[0]);
      // "He" of He Lifeng is also the pronoun that starts half the sentences of a brief.
      for (const f of forms) if (f.length >= 2 && !isStopWord(f.toLowerCase())) short.set(f, [...(short.get(f) ?? []), e]);
    }
    // A company is named without its "Co." or "Corp." as often as with it ("Hanwha Ocean").
    for (const e of byKey.values()) {
      if (e.kind !== 'organization' || e.curated) continue;
      const bare = e.name.replace(/,?\s+(?:Co\.|Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC)$/, '');
      if (bare !== e.name && bare.includes(' ')) short.set(bare, [...(short.get(bare) ?? []), e]);
    }
    const named = new Set([...byKey.values()].map((e) => e.name.toLowerCase()));
    for (const [form, owners] of short) if (owners.length === 1 && !owners[0].aliases.includes(form) && !named.has(form.toLowerCase())) owners[0].aliases.push(form);
    const entities = [...byKey.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    return (this.built = this.settle(entities, byKey, canon));
  }

  /** The merged entities with what finds them: by surface, by one pattern, by a mention's key. */
  private settle(entities: Entity[], byKey: Map<string, Entity>, canon: Map<string, string>): NonNullable<EntityRegistry['built']> {
    const bySurface = new Map<string, Entity>();
    // Surfaces are kept folded, and texts are folded before they are matched.
    const surfaceOf = (a: string) => foldName(a).toLowerCase();
    for (const e of entities) for (const a of e.aliases) if (!bySurface.has(surfaceOf(a))) bySurface.set(surfaceOf(a), e);
    for (const e of entities) if (!bySurface.has(surfaceOf(e.name))) bySurface.set(surfaceOf(e.name), e);
    const surfaces = [...bySurface.keys()].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
    const pattern = surfaces.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${surfaces.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
    return { entities, bySurface, pattern, entityOf: (m) => byKey.get(canon.get(this.keyOf(m))!), byKey, canon };
  }

  /** Drops the merge (restored or built), so that the next question merges the mentions again. */
  forgetMerge(): void {
    this.built = undefined;
  }

  /** The merged entities and how each mention's key led to one, for `restoreMerge` to take up again. */
  mergeSnapshot(): RegistrySnapshot {
    const { entities, byKey, canon } = this.build();
    const at = new Map(entities.map((e, i) => [e, i]));
    return { entities, byKey: [...byKey].map(([k, e]) => [k, at.get(e)!]), canon: [...canon] };
  }

  /**
   * Takes up a merge made earlier over the very same documents (and curated entries) instead of
   * merging every mention again. The entities are the snapshot's own objects, not copies.
   */
  restoreMerge(s: RegistrySnapshot): void {
    this.built = this.settle(s.entities, new Map(s.byKey.map(([k, i]) => [k, s.entities[i]])), new Map(s.canon));
  }

  entities(): Entity[] {
    return this.build().entities;
  }

  lookup(surface: string): Entity | undefined {
    const s = foldName(surface).toLowerCase().replace(/^the\s+/, '');
    return this.build().bySurface.get(s);
  }

  /**
   * The organisation whose name's initials an acronym spells ("EFTA" for "European Free Trade
   * Association", "DGTR" for "Directorate General of Trade Remedies"), when exactly one does.
   */
  byInitials(acronym: string): Entity | undefined {
    const built = this.build();
    let map = initialsOf.get(built);
    if (!map) {
      map = new Map();
      for (const e of built.entities) {
        if (e.kind !== 'organization') continue;
        const key = initials(e.name);
        if (key.length < 3) continue;
        map.set(key, map.has(key) && map.get(key) !== e ? null : e);
      }
      initialsOf.set(built, map);
    }
    return map.get(acronym) ?? undefined;
  }

  /**
   * The organisation a short name in capitals stands for when no source writes it so ("EACJ" for
   * "East African Court of Justice"): see `byInitials`.
   */
  byAcronym(word: string): Entity | undefined {
    return /^[A-Z]{3,6}$/.test(word) && !this.lookup(word) ? this.byInitials(word) : undefined;
  }

  matchIn(text: string): Array<{ start: number; end: number; entityId: string }> {
    const { pattern, bySurface } = this.build();
    if (!pattern) return [];
    const out: Array<{ start: number; end: number; entityId: string }> = [];
    pattern.lastIndex = 0;
    const folded = foldName(text);
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const e = bySurface.get(m[0].toLowerCase());
      // Lower-case hits of capitalised names ("may", "china" inside prose) are not names.
      if (!e || !(/\p{Lu}|\d/u.test(m[0][0]) || m[0].includes(' '))) continue;
      // A person's surname after another given name is someone else: "Imran Khan" is not "Jam Kamal
      // Khan", whose alias "Khan" it holds.
      if (e.kind === 'person' && !m[0].includes(' ') && otherGivenName(folded.slice(Math.max(0, m.index - 24), m.index), e.name)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, entityId: e.id });
    }
    return out;
  }
}

/** The capitalised word right before a surname, when it is no word of the person's own name (nor a title). */
function otherGivenName(before: string, fullName: string): boolean {
  const w = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)\s$/u.exec(before)?.[1];
  // (Not a title, a day or month, "On Tuesday Trump said", nor a possessive, "Beijing's Xi".)
  if (!w || opensNoName(w) || MORE_TITLES.test(w) || /['’]s$/.test(w)) return false;
  return !foldAccents(fullName).toLowerCase().split(/\s+/).includes(foldAccents(w).toLowerCase());
}

/** Titles and their parts that stand before a surname, beyond those extraction knows ("Secretary of State Rubio"). */
const MORE_TITLES = /^(?:Commerce|Finance|Foreign|Defen[cs]e|Treasury|Affairs|Agriculture|Economy|Economic|Industry|Energy|Labou?r|Justice|Interior|Health|Home|Chief|Executive|Deputy|Vice|Leader|Speaker|Minority|Majority|Attorney|Lord|Lady|Sir|Dame|Rabbi|Pope|Cardinal|Bishop|Father|Field|Marshal|Colonel|Captain|Admiral|Lieutenant|Major|Sergeant|Mr|Mrs|Ms|Dr|Prime|Chair|General|King|Queen|Prince|Princess|Sheikh|Emir|Judge|Representative|Rep|Sen|Gov|Then|Later|Neither|Only|Even|Former|Acting|Interim|Today|Yesterday|Tomorrow)$/;

/** Each registry build's acronyms (null where two names share one). */
const initialsOf = new WeakMap<object, Map<string, Entity | null>>();

/** The initials of a name of two words or more, small words left out: "European Free Trade Association" → "EFTA", "U.S. Trade Office" → "USTO". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w && !/^(?:of|the|and|for|on|in|de|des|du|la|le|y|&)$/i.test(w));
  if (words.length < 2) return '';
  return words.map((w) => (/^(?:[A-Z]\.){2,}$/.test(w) ? w.replace(/\./g, '') : /^[A-Z]{2,5}$/.test(w) ? w : w[0])).join('').toUpperCase();
}
