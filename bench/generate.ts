// Deterministic generator of realistic trade-news corpora in our own words: datelines, people
// with roles, organisations, places, absolute and relative dates, events repeated across
// articles with some disagreeing dates. Also briefs that cite those events.
import * as fs from 'fs';
import * as path from 'path';

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

function article(i: number, evs: BenchEvent[], r: () => number): string {
  const ev = evs[Math.floor(r() * evs.length)];
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
  const body: string[] = [];
  for (let k = 0; k < 5; k++) body.push(...paras.map((p) => p));
  return header + '\n' + body.join('\n\n') + '\n';
}

export function writeCorpus(dir: string, size: number): number {
  const marker = path.join(dir, `.complete-v1-${size}`);
  if (fs.existsSync(marker)) return size;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(size);
  const evs = events(Math.max(20, Math.floor(size / 10)));
  for (let i = 0; i < size; i++) fs.writeFileSync(path.join(dir, `article-${String(i).padStart(5, '0')}.txt`), article(i, evs, r));
  fs.writeFileSync(marker, '');
  return size;
}

export function brief(words: number, size: number): string {
  const evs = events(Math.max(20, Math.floor(size / 10)));
  const r = rng(99);
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
