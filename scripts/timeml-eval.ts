// Scores the date layer on TimeML (TIMEX3) documents, TempEval-3 style: spans matched strictly and
// by overlap, then type and value compared on the overlapping pairs. Reads any folder of .tml files
// (TimeBank, AQUAINT, the TempEval-3 platinum set); none ship with the project.
//   npm run eval:timeml -- <folder> [--errors]
import * as fs from 'fs';
import * as path from 'path';
import { extractDates } from '../src/core/dates/extract';

interface Span {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITY[e]);

/** The document's text with its tags taken out, the gold TIMEX3 spans in it, and its creation date. */
function readTml(xml: string): { text: string; gold: Span[]; dct: string | null } {
  const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0].match(/value="([^"]*)"/)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Span[] = [];
  let open: { start: number; type: string; value: string } | undefined;
  const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    if (m[4] !== undefined) {
      text += unescape(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) open = { start: text.length, type: /type="([^"]*)"/.exec(m[3])?.[1] ?? '', value: /value="([^"]*)"/.exec(m[3])?.[1] ?? '' };
    else if (open) {
      gold.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
      open = undefined;
    }
  }
  return { text, gold, dct: dct && /^\d{4}-\d\d-\d\d/.test(dct) ? dct.slice(0, 10) : null };
}

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
if (!folder || !fs.existsSync(folder)) {
  console.error('usage: npm run eval:timeml -- <folder of .tml files> [--errors]');
  process.exit(2);
}
const showErrors = args.includes('--errors');
let goldN = 0;
let sysN = 0;
let strict = 0;
let relaxed = 0;
let typeOk = 0;
let valueOk = 0;
const errors: string[] = [];
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.tml')).sort();
for (const f of files) {
  const { text, gold, dct } = readTml(fs.readFileSync(path.join(folder, f), 'utf8'));
  const sys = extractDates(text, { referenceDate: dct });
  goldN += gold.length;
  sysN += sys.length;
  const used = new Set<number>();
  for (const g of gold) {
    const k = sys.findIndex((s, i) => !used.has(i) && s.start < g.end && g.start < s.end);
    if (k === -1) {
      errors.push(`MISS  ${f} [${g.text}] ${g.type} ${g.value}`);
      continue;
    }
    used.add(k);
    const s = sys[k];
    relaxed++;
    if (s.start === g.start && s.end === g.end) strict++;
    else errors.push(`SPAN  ${f} [${g.text}] vs [${s.text}]`);
    if (s.type === g.type) typeOk++;
    if (s.value === g.value) valueOk++;
    else errors.push(`VALUE ${f} [${g.text}] ${g.value} vs ${s.value} (dct ${dct})`);
  }
  sys.forEach((s, i) => used.has(i) || errors.push(`EXTRA ${f} [${s.text}] ${s.type} ${s.value}`));
}
const prf = (tp: number) => {
  const p = tp / sysN;
  const r = tp / goldN;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`;
};
if (showErrors) for (const e of errors) console.log(e);
console.log(`${files.length} documents, ${goldN} gold TIMEX3, ${sysN} found`);
console.log(`strict span:  ${prf(strict)}`);
console.log(`relaxed span: ${prf(relaxed)}`);
console.log(`type F1 ${((2 * typeOk) / (goldN + sysN)).toFixed(3)}, value F1 ${((2 * valueOk) / (goldN + sysN)).toFixed(3)} (value accuracy on matched spans ${(valueOk / relaxed).toFixed(3)})`);
