// The publication date a saved web page declares about itself: the article:published_time meta
// tag, schema.org's datePublished (JSON-LD or microdata), or a <time pubdate>. Read from the raw
// HTML, before tags are blanked, and only from its head and first part.
import { normaliseDateString } from '../dates/normalise';

const SCAN_LIMIT = 400_000;
const META = /<meta\b[^>]{0,2000}>/gi;
const ATTR = /([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
/** Meta names and properties that carry the publication time, best first. */
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'publish-date',
  'publishdate',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'date',
];
const JSON_LD = /"datePublished"\s*:\s*"([^"]{4,40})"/;
const TIME_PUB = /<time\b[^>]{0,500}?(?:\bpubdate\b|itemprop\s*=\s*["']?datePublished)[^>]{0,500}>/i;
const DATETIME = /\bdatetime\s*=\s*["']?([^"'\s>]{4,40})/i;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

export interface PageDate {
  date: string;
  note: string;
}

/** The page's own publication date, or null. Never throws. */
export function pageDateOf(html: string): PageDate | null {
  try {
    const head = html.slice(0, SCAN_LIMIT);
    const found = new Map<string, string>();
    for (const m of head.matchAll(META)) {
      const a = attributes(m[0]);
      const key = (a.get('property') ?? a.get('name') ?? a.get('itemprop') ?? '').toLowerCase();
      const content = a.get('content');
      if (key && content && META_KEYS.includes(key) && !found.has(key)) found.set(key, content);
    }
    const ld = JSON_LD.exec(head);
    if (ld) found.set('datepublished', found.get('datepublished') ?? ld[1]);
    const time = TIME_PUB.exec(head);
    const dt = time ? DATETIME.exec(time[0]) : null;
    if (dt) found.set('time', dt[1]);
    for (const key of [...META_KEYS, 'time']) {
      const raw = found.get(key);
      if (!raw) continue;
      const date = normaliseDateString(raw);
      if (date) return { date, note: `page metadata ${key === 'time' ? '<time pubdate>' : `"${key}"`} = "${raw}"` };
    }
  } catch {
    return null;
  }
  return null;
}
