// The index cache's binary layout: each document's facts and mentions as 32-bit integers, their
// words as indexes into a string table. Reading it back is a loop over an Int32Array that makes
// each object with all its fields at once, about twice as fast as JSON.parse of the same entries
// (0.5 s against 1.0 s at 10,000 articles), and the file is a third of the size.
//
// A block holds a run of entries (so neither writing nor reading ever holds the whole cache as
// one piece): [u32 string count][u32 string bytes][u32 int count][u32 checksum], the strings as
// UTF-8 (padded to 4 bytes), each string's length in UTF-16 units, then the ints, in the
// machine's byte order (a cache never leaves the machine that wrote it). The checksum covers
// everything after the header, so a damaged file is a cold start rather than offsets into the
// wrong text.
import { exact } from '../exact';
import type { CachedEntry, PackedEntry } from './cache';

type PackedFact = PackedEntry['facts'][number];
type PackedMention = PackedEntry['mentions'][number];
type PackedDate = PackedFact['date'];

// Every field of what is cached, and how it is written: a field added to Fact, DateMention or
// EntityMention fails the build here, which sends whoever adds it to the writer and the reader
// below (an optional date field listed here is written and read without more).
const FACT_FIELDS = {
  line: 'int', sentenceStart: 'int', sentenceEnd: 'int', kind: 'string', entities: 'strings', places: 'strings', terms: 'strings',
  clauseStart: 'int', clauseEnd: 'int', clauseEntities: 'strings', reliability: 'string', yearKnown: 'bool', date: 'date',
  // Not cached: derived from the text and the path, or set by the index, never by extraction.
  id: 'derived', file: 'derived', path: 'derived', sentence: 'derived', eventId: 'derived', curated: 'derived',
} as const satisfies Record<keyof PackedFact | 'id' | 'file' | 'path' | 'sentence', string>;
const DATE_FIELDS = {
  start: 'int', end: 'int', type: 'string', value: 'string', precision: 'string', resolution: 'string',
  mod: 'optional', from: 'optional', to: 'optional', month: 'optional', day: 'optional', endMonth: 'optional', endDay: 'optional',
  weekday: 'optional', weekdayStart: 'optional', weekdayEnd: 'optional', future: 'optional',
  // Written when the entry has it (an index entry's), else made from the text (cache.ts).
  text: 'string or none',
} as const satisfies Record<keyof PackedDate, string>;
const MENTION_FIELDS = { start: 'int', end: 'int', text: 'string or none', kind: 'string', canonical: 'string', role: 'optional', affiliation: 'optional' } as const satisfies Record<keyof PackedMention, string>;
void FACT_FIELDS;
void MENTION_FIELDS;

/** The optional fields of a date mention, in the order they are read back; bit i of a mask says field i is there. */
const DATE_OPTIONAL = (Object.keys(DATE_FIELDS) as Array<keyof typeof DATE_FIELDS>).filter((k) => DATE_FIELDS[k] === 'optional') as Array<'mod' | 'from' | 'to' | 'month' | 'day' | 'endMonth' | 'endDay' | 'weekday' | 'weekdayStart' | 'weekdayEnd' | 'future'>;
const DATE_STRINGS = new Set<string>(['mod', 'from', 'to']);

/** Collects one block: its string table and its ints. */
export class BlockWriter {
  private ints: Int32Array;
  private n = 0;
  private readonly strings = new Map<string, number>();
  private readonly list: string[] = [];
  entries = 0;

  /** `room`: ints to start with (the block grows as needed). */
  constructor(room = 1 << 16) {
    this.ints = new Int32Array(room);
  }

  private int(v: number): void {
    if (this.n === this.ints.length) {
      const grown = new Int32Array(this.ints.length * 2);
      grown.set(this.ints);
      this.ints = grown;
    }
    this.ints[this.n++] = v;
  }

  private str(s: string): void {
    let i = this.strings.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.strings.set(s, i);
      this.list.push(s);
    }
    this.int(i);
  }

  private optStr(s: string | undefined): void {
    if (s === undefined) this.int(-1);
    else this.str(s);
  }

  private strs(a: string[]): void {
    this.int(a.length);
    for (const s of a) this.str(s);
  }

  /**
   * Adds an entry, packed or not: only the fields that are cached are read, and an index entry's
   * facts are written with the entity keys they were extracted with, not the ids they resolved to.
   */
  add(key: string, e: PackedEntry | CachedEntry): void {
    this.str(key);
    this.str(JSON.stringify({ info: e.info, problems: e.problems, blanks: e.blanks, corpusDay: e.corpusDay }));
    this.int(e.mentions.length);
    for (const m of e.mentions) this.mention(m);
    this.int(e.facts.length);
    const keys = 'entityKeys' in e ? e : undefined;
    for (const [i, f] of e.facts.entries()) this.fact(f, keys?.entityKeys[i] ?? f.entities, keys?.clauseKeys[i] ?? f.clauseEntities);
    this.entries++;
  }

  private mention(m: PackedMention): void {
    this.int(m.start);
    this.int(m.end);
    this.optStr(m.text);
    this.str(m.kind);
    this.str(m.canonical);
    this.optStr(m.role);
    this.optStr(m.affiliation);
  }

  private fact(f: PackedFact, entities: string[], clauseEntities: string[]): void {
    this.int(f.line);
    this.int(f.sentenceStart);
    this.int(f.sentenceEnd);
    this.str(f.kind);
    this.strs(entities);
    this.strs(f.places);
    this.strs(f.terms);
    this.int(f.clauseStart);
    this.int(f.clauseEnd);
    this.strs(clauseEntities);
    this.str(f.reliability);
    this.int(f.yearKnown ? 1 : 0);
    this.date(f.date);
  }

  private date(d: PackedDate): void {
    this.int(d.start);
    this.int(d.end);
    this.optStr(d.text);
    this.str(d.type);
    this.str(d.value);
    this.str(d.precision);
    this.str(d.resolution);
    let mask = 0;
    for (let i = 0; i < DATE_OPTIONAL.length; i++) if (d[DATE_OPTIONAL[i]] !== undefined) mask |= 1 << i;
    this.int(mask);
    if (mask === 0) return;
    for (const k of DATE_OPTIONAL) {
      const v = d[k];
      if (v === undefined) continue;
      if (DATE_STRINGS.has(k)) this.str(v as string);
      else if (typeof v === 'boolean') this.int(v ? 1 : 0);
      else if (Number.isInteger(v)) this.int(v as number);
      else throw new Error(`the cache layout has no place for date.${k} = ${String(v)}`);
    }
  }

  /** The block as bytes, ready to append to the file. */
  bytes(): Buffer {
    const text = Buffer.from(this.list.join(''), 'utf8');
    const padded = (text.length + 3) & ~3;
    const out = Buffer.alloc(HEADER + padded + 4 * this.list.length + 4 * this.n);
    out.writeUInt32LE(this.list.length, 0);
    out.writeUInt32LE(text.length, 4);
    out.writeUInt32LE(this.n, 8);
    text.copy(out, HEADER);
    const lengths = new Int32Array(out.buffer, out.byteOffset + HEADER + padded, this.list.length);
    for (let i = 0; i < this.list.length; i++) lengths[i] = this.list[i].length;
    new Int32Array(out.buffer, out.byteOffset + HEADER + padded + 4 * this.list.length, this.n).set(this.ints.subarray(0, this.n));
    out.writeUInt32LE(checksum(new Int32Array(out.buffer, out.byteOffset + HEADER, (out.length - HEADER) / 4)), 12);
    return out;
  }
}

const HEADER = 16;

/** FNV-1a over 32-bit words: about 40 ms over a 10,000-article cache (21 MB), and it catches damage. */
function checksum(words: Int32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 16777619);
  return h >>> 0;
}

/** Reads the blocks in `bytes` from `offset` (a multiple of 4) into `out`. Throws on a damaged block. */
export function readBlocks(bytes: Buffer, offset: number, out: Map<string, PackedEntry>): void {
  // Int32Array views need 4-byte alignment in the underlying memory.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  let at = offset;
  const lists: ListTable = new Map();
  while (at < buf.length) {
    if (at + HEADER > buf.length) throw new Error('truncated block header');
    const nStrings = buf.readUInt32LE(at);
    const textBytes = buf.readUInt32LE(at + 4);
    const nInts = buf.readUInt32LE(at + 8);
    const padded = (textBytes + 3) & ~3;
    const end = at + HEADER + padded + 4 * nStrings + 4 * nInts;
    if (end > buf.length) throw new Error('truncated block');
    if (checksum(new Int32Array(buf.buffer, buf.byteOffset + at + HEADER, (end - at - HEADER) / 4)) !== buf.readUInt32LE(at + 12)) throw new Error('damaged block');
    const text = buf.toString('utf8', at + HEADER, at + HEADER + textBytes);
    const lengths = new Int32Array(buf.buffer, buf.byteOffset + at + HEADER + padded, nStrings);
    const table: string[] = new Array(nStrings);
    let p = 0;
    for (let i = 0; i < nStrings; i++) {
      table[i] = text.slice(p, p + lengths[i]);
      p += lengths[i];
    }
    if (p !== text.length) throw new Error('string table does not add up');
    decodeBlock(table, new Int32Array(buf.buffer, buf.byteOffset + at + HEADER + padded + 4 * nStrings, nInts), out, lists);
    at = end;
  }
}

/**
 * The string lists read so far, by their content. A corpus names the same few places, terms and
 * entities over and over (at 10,000 generated articles, 290,000 lists hold 1,500 contents): each
 * content is one array, shared by every fact that has it, so a warm start makes and the collector
 * carries a few thousand arrays rather than hundreds of thousands. Facts never change their lists
 * in place (the index assigns new ones), so sharing is safe.
 */
type ListTable = Map<string, string[]>;

function decodeBlock(tab: string[], I: Int32Array, out: Map<string, PackedEntry>, lists: ListTable): void {
  new BlockReader(tab, I, lists).readInto(out);
}

/**
 * Reads one block's entries. One small method per kind of record, shared by every block, so the
 * engine compiles each once, early in the first block (a warm start runs them on a fresh thread).
 */
class BlockReader {
  /** The next int to read (CachedDate reads on from here too). */
  p = 0;
  /**
   * Within a block a list is first found by its string numbers (a hash of them, then the numbers
   * compared where it was first read), without making a key string; a list new to the block is
   * found by its content, across blocks.
   */
  private readonly local = new Map<number, { at: number; list: string[] }>();

  constructor(
    readonly tab: string[],
    readonly I: Int32Array,
    private readonly lists: ListTable,
  ) {}

  readInto(out: Map<string, PackedEntry>): void {
    const { tab, I } = this;
    while (this.p < I.length) {
      const key = tab[I[this.p++]];
      const head = JSON.parse(tab[I[this.p++]]) as Pick<PackedEntry, 'info' | 'problems' | 'blanks' | 'corpusDay'>;
      const { file, path } = head.info;
      const nm = I[this.p++];
      const mentions: PackedMention[] = new Array(nm);
      for (let j = 0; j < nm; j++) mentions[j] = this.mention();
      const nf = I[this.p++];
      const facts: PackedFact[] = new Array(nf);
      for (let j = 0; j < nf; j++) facts[j] = this.fact(file, path);
      if (this.p > I.length) throw new Error('block ends inside an entry');
      out.set(key, { info: head.info, mentions, facts, problems: head.problems, ...(head.blanks !== undefined ? { blanks: head.blanks } : {}), ...(head.corpusDay ? { corpusDay: head.corpusDay } : {}) });
    }
  }

  // Objects are made with the fields the article's text fills in later (`unpack`) already in
  // place: added afterwards, each would move the object's fields to a store of their own.

  private mention(): PackedMention {
    const { tab, I, p } = this;
    const m: PackedMention = { start: I[p], end: I[p + 1], text: I[p + 2] >= 0 ? tab[I[p + 2]] : '', kind: tab[I[p + 3]] as PackedMention['kind'], canonical: tab[I[p + 4]] };
    const role = I[p + 5];
    const affiliation = I[p + 6];
    this.p = p + 7;
    if (role >= 0) m.role = tab[role];
    if (affiliation >= 0) m.affiliation = tab[affiliation];
    return m;
  }

  private fact(file: string, path: string): PackedFact {
    const { tab, I } = this;
    const line = I[this.p++];
    const sentenceStart = I[this.p++];
    const sentenceEnd = I[this.p++];
    const kind = tab[I[this.p++]] as PackedFact['kind'];
    const entities = this.strs();
    const places = this.strs();
    const terms = this.strs();
    const clauseStart = I[this.p++];
    const clauseEnd = I[this.p++];
    const clauseEntities = this.strs();
    const reliability = tab[I[this.p++]] as PackedFact['reliability'];
    const yearKnown = I[this.p++] === 1;
    const date = this.date();
    return { id: '', file, path, line, date, sentence: '', sentenceStart, sentenceEnd, kind, entities, places, terms, clauseStart, clauseEnd, clauseEntities, reliability, yearKnown, eventId: undefined } as PackedFact;
  }

  private date(): PackedDate {
    return new (CachedDate as unknown as new (r: BlockReader) => PackedDate)(this);
  }

  private strs(): string[] {
    const { I } = this;
    const n = I[this.p++];
    if (n === 0) return exact([]);
    const p = this.p;
    let h = n;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ I[p + j], 16777619);
    const seen = this.local.get(h);
    let a: string[];
    if (seen && this.sameAt(seen.at, n)) a = seen.list;
    else {
      a = this.byContent(n);
      if (!seen) this.local.set(h, { at: p, list: a });
    }
    this.p = p + n;
    return a;
  }

  private sameAt(at: number, n: number): boolean {
    const { I, p } = this;
    if (I[at - 1] !== n) return false;
    for (let j = 0; j < n; j++) if (I[at + j] !== I[p + j]) return false;
    return true;
  }

  private byContent(n: number): string[] {
    const { tab, I, p } = this;
    let key = tab[I[p]];
    for (let j = 1; j < n; j++) key += '\u0000' + tab[I[p + j]];
    let a = this.lists.get(key);
    if (a === undefined) {
      a = new Array(n);
      for (let j = 0; j < n; j++) a[j] = tab[I[p + j]];
      this.lists.set(key, a);
    }
    return a;
  }
}

/**
 * A date mention read at the reader's place. Made by a constructor rather than a literal: V8 gives
 * an object room for every field its constructor may set, where a field added to a literal later
 * goes to a store of its own (every cached date has some optional field: 100,000 more objects for
 * the collector at a warm start). Its prototype is Object's, so it is a plain object all the same.
 * The optional fields are read in DATE_OPTIONAL's order, as written.
 */
function CachedDate(this: Record<keyof PackedDate, unknown>, r: BlockReader): void {
  const { tab, I } = r;
  let p = r.p;
  this.start = I[p];
  this.end = I[p + 1];
  this.text = I[p + 2] >= 0 ? tab[I[p + 2]] : '';
  this.type = tab[I[p + 3]];
  this.value = tab[I[p + 4]];
  this.precision = tab[I[p + 5]];
  this.resolution = tab[I[p + 6]];
  const mask = I[p + 7];
  p += 8;
  if (mask) {
    if (mask & 1) this.mod = tab[I[p++]];
    if (mask & 2) this.from = tab[I[p++]];
    if (mask & 4) this.to = tab[I[p++]];
    if (mask & 8) this.month = I[p++];
    if (mask & 16) this.day = I[p++];
    if (mask & 32) this.endMonth = I[p++];
    if (mask & 64) this.endDay = I[p++];
    if (mask & 128) this.weekday = I[p++];
    if (mask & 256) this.weekdayStart = I[p++];
    if (mask & 512) this.weekdayEnd = I[p++];
    if (mask & 1024) this.future = I[p++] === 1;
  }
  r.p = p;
}
CachedDate.prototype = Object.prototype;
if (DATE_OPTIONAL.join() !== 'mod,from,to,month,day,endMonth,endDay,weekday,weekdayStart,weekdayEnd,future') throw new Error('CachedDate reads the optional date fields in another order than they are written');
