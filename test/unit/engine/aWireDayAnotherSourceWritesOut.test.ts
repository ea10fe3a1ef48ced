// Round 581: "GENEVA, Dec 11 (Reuters) - China formally became the 143rd member … on Tuesday" was put in
// 2012, because a tenth-anniversary page stamped 2011-12-12 stood near Dec. 11 of 2011 (a Sunday)
// and the weekday moved it on to 2012; "BEIJING, Nov 15 - … signed … on Monday" went to 2010 the same
// way. Other sources of the corpus write both days out in full ("became its 143rd member on Dec. 11,
// 2001"), of the same thing the wires' leads tell: that year is the wire's.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { toldWireYear } from '../../../src/core/dates/corpusYears';
import { Engine } from '../../../src/core/engine/engine';

const WIRE = [
  'China joins the trade body',
  '',
  'GENEVA, Dec 11 (Newswire) - China formally became the 143rd member of the World Trade Organization on Tuesday, fifteen years after it first asked to join.',
].join('\n');

const ANNIVERSARY = [
  'Ten years inside the system',
  '',
  'Published: 2011-12-12 08:40',
  '',
  'Chinese leaders marked the anniversary on Sunday. China became the organization’s 143rd member on Dec. 11, 2001, after ministers meeting in Doha approved its terms.',
].join('\n');

suite('engine: a yearless wire whose day another source writes out in full', () => {
  let dir = '';
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-told-wire-'));
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE);
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const wireDoc = (e: Engine) => e.snapshot().documents.find((d) => d.file.endsWith('wire.txt'))!;

  test('of what its lead tells: the wire takes that year, and its note says which source gave it', async () => {
    fs.writeFileSync(path.join(dir, 'anniversary.txt'), ANNIVERSARY);
    const e = await Engine.open({ roots: [dir] });
    assert.strictEqual(wireDoc(e).date, '2001-12-11');
    assert.match(wireDoc(e).dateNote, /anniversary\.txt gives this day in full/);
  });

  test('of something else: the dates around it still decide', async () => {
    fs.writeFileSync(path.join(dir, 'anniversary.txt'), ANNIVERSARY.replace('China became the organization’s 143rd member on Dec. 11, 2001, after ministers meeting in Doha approved its terms.', 'A storm closed the port of Tianjin on Dec. 11, 2001.'));
    const e = await Engine.open({ roots: [dir] });
    assert.notStrictEqual(wireDoc(e).date, '2001-12-11');
  });
});

suite('corpus years: the year other sources write out for a wire’s day', () => {
  const lead = new Set(['china', 'becam', 'member', 'trade']);
  const told = (p: string, year: number, words: string[]) => ({ path: p, year, terms: new Set(words) });
  test('the year most sources give, when they share enough of the lead’s words', () => {
    assert.strictEqual(toldWireYear(lead, [told('a', 2001, ['china', 'becam', 'member']), told('b', 2001, ['china', 'member', 'trade']), told('c', 2011, ['china', 'member', 'trade'])]), 2001);
  });
  test('a tie between years, or too few shared words, gives none', () => {
    assert.strictEqual(toldWireYear(lead, [told('a', 2001, ['china', 'becam', 'member']), told('c', 2011, ['china', 'member', 'trade'])]), undefined);
    assert.strictEqual(toldWireYear(lead, [told('a', 2001, ['china', 'port'])]), undefined);
  });
  test('never a year before the floor', () => {
    assert.strictEqual(toldWireYear(lead, [told('a', 2001, ['china', 'becam', 'member'])], 2005), undefined);
  });
});
