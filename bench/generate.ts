// Deterministic generator of realistic trade-news corpora in our own words: datelines, people
// with roles, organisations, places, absolute and relative dates, events repeated across
// articles with some disagreeing dates. Also briefs that cite those events.
import * as fs from 'fs';
import * as path from 'path';

/** `realistic` (the default) or `dense` (BENCH_PROFILE=dense: every paragraph dated, five times over). */
export const PROFILE = process.env.BENCH_PROFILE === 'dense' ? 'dense' : 'realistic';

const PEOPLE = [
  ['Treasury Secretary', 'Scott Bessent'], ['Vice Premier', 'He Lifeng'], ['Commerce Minister', 'Wang Wentao'], ['Trade Representative', 'Jamieson Greer'],
  ['Commerce Secretary', 'Howard Lutnick'], ['Vice Finance Minister', 'Liao Min'], ['Trade Minister', 'Yeo Han-koo'], ['Economy Minister', 'Ryosei Akazawa'],
  ['Trade Commissioner', 'Maros Sefcovic'], ['Finance Minister', 'Nirmala Sitharaman'],
];
const ORGS = ['Ministry of Commerce', 'International Monetary Fund', 'World Trade Organization', 'European Commission', 'Hanwha Ocean Co.', 'Nexperia Holdings', 'Samsung Electronics Co.', 'White House'];
const CITIES = ['Geneva', 'London', 'Madrid', 'Stockholm', 'Kuala Lumpur', 'Busan', 'Brussels', 'Tokyo', 'Seoul', 'Singapore', 'Paris', 'Rome'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

export interface BenchEvent {
  city: string;
  day: Date;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function human(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

export function events(count: number): BenchEvent[] {
  const r = rng(7);
  return Array.from({ length: count }, (_, i) => ({ city: CITIES[i % CITIES.length], day: new Date(Date.UTC(2020 + Math.floor(r() * 6), Math.floor(r() * 12), 1 + Math.floor(r() * 27))) }));
}

// Background prose: most of a real report carries no date at all (the seed articles hold about
// 1.5 dated facts per KB). Sentences are assembled from parts so no two paragraphs read alike.
const SECTORS = ['steel', 'aluminium', 'semiconductors', 'soybeans', 'shipbuilding', 'rare earth magnets', 'electric vehicles', 'solar panels', 'pharmaceuticals', 'machine tools', 'beef', 'lithium batteries'];
const SUBJECTS = ['Exporters', 'Importers', 'Freight forwarders', 'Industry groups', 'Economists', 'Purchasing managers', 'Port operators', 'Farm lobbies', 'Chipmakers', 'Carmakers', 'Retailers', 'Insurers'];
const VERBS = ['warned', 'argued', 'noted', 'cautioned', 'pointed out', 'estimated', 'complained', 'suggested'];
const CLAIMS = [
  'that the cost of compliance was rising faster than margins could absorb',
  'that orders for {sector} had shifted to suppliers in third countries',
  'that customs checks on {sector} were taking twice as long as a year ago',
  'that a sudden change in duties would strand cargo already at sea',
  'that the uncertainty weighed on investment more than any single tariff',
  'that prices for {sector} had risen by {pct} per cent at the factory gate',
  'that smaller firms lacked the lawyers to file for exemptions',
  'that inventories built up in anticipation were now running down',
  'that the rules of origin for {sector} remained unclear',
  'that demand for {sector} in {city} had held up better than feared',
];
const TAILS = [
  'Some of them said they would wait before committing to new contracts.',
  'Others expected the dispute to drag on for months.',
  'Few expected a quick settlement.',
  'The figures could not be independently verified.',
  'Trade lawyers said the legal basis for the measures was likely to be challenged.',
  'Shipping rates on the main routes have been volatile.',
  'A spokesperson declined to comment on the talks.',
  'The earlier round had ended without a joint statement.',
];

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)];
}

function backgroundParagraph(r: () => number): string {
  const n = 2 + Math.floor(r() * 3);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const claim = pick(CLAIMS, r).replace('{sector}', pick(SECTORS, r)).replace('{pct}', String(2 + Math.floor(r() * 30))).replace('{city}', pick(CITIES, r));
    out.push(k === n - 1 && r() < 0.5 ? pick(TAILS, r) : `${pick(SUBJECTS, r)} ${pick(VERBS, r)} ${claim}.`);
  }
  return out.join(' ');
}

function article(i: number, evs: BenchEvent[], r: () => number): string {
  const ev = evs[Math.floor(r() * evs.length)];
  const earlier = evs[Math.floor(r() * evs.length)];
  const pub = new Date(ev.day.getTime() + (1 + Math.floor(r() * 5)) * 86_400_000);
  const [role, name] = PEOPLE[Math.floor(r() * PEOPLE.length)];
  const [role2, name2] = PEOPLE[Math.floor(r() * PEOPLE.length)];
  const org = ORGS[Math.floor(r() * ORGS.length)];
  const skew = r() < 0.1 ? 86_400_000 * 2 : 0; // some sources disagree by two days
  const told = new Date(ev.day.getTime() + skew);
  const header = i % 5 === 0 ? `---\ntitle: Round ${i} of talks\ndate: ${iso(pub)}\n---\n` : i % 5 === 1 ? `Talks update ${i}\nPublished: ${pub.getUTCDate()} ${MONTHS[pub.getUTCMonth()]} ${pub.getUTCFullYear()}\n` : i % 5 === 2 ? `Trade wire ${i}\n${iso(pub)}T08:00:00Z\n` : `Analysis ${i}\n`;
  const paras = [
    `${role} ${name} said on ${WEEKDAYS[told.getUTCDay()]} that negotiators had finished a round of talks in ${ev.city} on ${human(told)}, ${told.getUTCFullYear()}, and that a follow-up would come within weeks.`,
    `The ${org} said in a statement yesterday that licences for rare earth exports would be reviewed faster, a step officials in ${CITIES[Math.floor(r() * CITIES.length)]} welcomed earlier this week.`,
    `${name2}, the ${role2.toLowerCase()}, told reporters that tariffs of ${10 + Math.floor(r() * 90)} per cent on steel would stay until a deadline of ${human(new Date(pub.getTime() + 40 * 86_400_000))}.`,
    `Markets rose ${Math.floor(r() * 3)}.${Math.floor(r() * 9)} per cent last week as traders weighed the outcome. ${name.split(' ').pop()} is expected to travel again next month.`,
    `Analysts at the ${ORGS[Math.floor(r() * ORGS.length)]} noted that shipments had recovered to levels last seen in ${MONTHS[Math.floor(r() * 12)]}, though the pace varied from port to port and from one licence to the next.`,
  ];
  if (PROFILE === 'dense') {
    // The earlier stress profile: every paragraph dated, the set written five times (about 10 facts per KB).
    const body: string[] = [];
    for (let k = 0; k < 5; k++) body.push(...paras);
    return header + '\n' + body.join('\n\n') + '\n';
  }
  const body = [paras[0], backgroundParagraph(r), paras[1], backgroundParagraph(r), paras[2], backgroundParagraph(r)];
  if (r() < 0.6) body.push(`The talks followed an earlier round in ${earlier.city} in ${MONTHS[earlier.day.getUTCMonth()]} ${earlier.day.getUTCFullYear()}, which ended with a promise to keep talking.`);
  for (let k = 0, n = 5 + Math.floor(r() * 5); k < n; k++) body.push(backgroundParagraph(r));
  body.push(paras[3], backgroundParagraph(r), paras[4]);
  return header + '\n' + body.join('\n\n') + '\n';
}

export function writeCorpus(dir: string, size: number): number {
  const marker = path.join(dir, `.complete-v2-${PROFILE}-${size}`);
  if (fs.existsSync(marker)) return size;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(size);
  const evs = events(Math.max(20, Math.floor(size / 10)));
  for (let i = 0; i < size; i++) fs.writeFileSync(path.join(dir, `article-${String(i).padStart(5, '0')}.txt`), article(i, evs, r));
  fs.writeFileSync(marker, '');
  return size;
}

/** A brief of about `words` words on the corpus of `size` articles; another `seed`, other lines. */
export function brief(words: number, size: number, seed = 99): string {
  const evs = events(Math.max(20, Math.floor(size / 10)));
  const r = rng(seed);
  const lines = ['# Brief', ''];
  let count = 2;
  while (count < words) {
    const ev = evs[Math.floor(r() * evs.length)];
    const [role, name] = PEOPLE[Math.floor(r() * PEOPLE.length)];
    const day = r() < 0.2 ? new Date(ev.day.getTime() + 3 * 86_400_000) : ev.day;
    const line = `${role} ${name} finished a round of talks in ${ev.city} on ${WEEKDAYS[day.getUTCDay()]}, ${human(day)}, ${day.getUTCFullYear()}, while tariffs on steel stayed in place.`;
    lines.push(line);
    count += line.split(/\s+/).length;
  }
  return lines.join('\n');
}
