// Round 551: "BEIJING, April 4 (Reuters) - … starting April 10" over history told as "July 6, 2018"
// and "in January 2020" was dated 2020-04-04, as firmly as a dateline: its yearless days had been put
// in 2020 only because the text names that year as past. That year bounds the wire from below; the
// corpus's own sources, all of 2025, put it in 2025. Its wrong year had also outvoted the corpus for
// a second wire of the round ("GENEVA, May 12").
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { wireDayAboveFloor } from '../../../src/core/dates/corpusYears';
import type { DocumentInfo } from '../../../src/core/api';
import { Engine } from '../../../src/core/engine/engine';

const WIRE = [
  'Beijing answers with levy of its own',
  '',
  'BEIJING, April 4 (Newswire) - China said on Friday it would add a 34 percent tariff on all goods from the United States starting April 10, days after Washington announced its reciprocal duties.',
  '',
  'The first round of the trade war began when Washington put 25 percent tariffs on $34 billion of Chinese goods on July 6, 2018. It was paused by a deal the two sides signed in January 2020. Beijing had already answered an earlier increase on March 10 with duties on farm goods.',
].join('\n');

const STAMPED = ['Markets digest', '', 'Published: 2025-06-11 09:05', '', 'Negotiators agreed a framework in London after two days of talks, officials said.'].join('\n');

/** A fresh folder per test holding wire.txt with `text`: the folder, and the wire as an engine dated it. */
function wireFolder(text: string): { dir: () => string; wireDoc: (e: Engine) => DocumentInfo } {
  let dir = '';
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-wire-floor-'));
    fs.writeFileSync(path.join(dir, 'wire.txt'), text);
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir, wireDoc: (e) => e.snapshot().documents.find((d) => d.file.endsWith('wire.txt'))! };
}

suite('engine: a yearless wire over a year the text only names as past', () => {
  const { dir: folder, wireDoc } = wireFolder(WIRE);

  test('alone, it is put in the first year it can be of, as a guess', async () => {
    const e = await Engine.open({ roots: [folder()] });
    assert.strictEqual(wireDoc(e).date, '2020-04-04');
    assert.strictEqual(wireDoc(e).dateSource, 'inferred');
  });

  test('a corpus of a later season puts it in that year, with its relative days', async () => {
    fs.writeFileSync(path.join(folder(), 'digest.txt'), STAMPED);
    const e = await Engine.open({ roots: [folder()] });
    assert.strictEqual(wireDoc(e).date, '2025-04-04');
    assert.strictEqual(e.snapshot().facts.find((f) => f.file.endsWith('wire.txt') && f.date.text === 'Friday')?.date.value, '2025-04-04');
  });
});

suite('corpus years: a wire’s day above the year its history bounds it by', () => {
  const day = (s: string) => Date.parse(s);
  test('never before the floor, whatever the votes', () => {
    assert.strictEqual(wireDayAboveFloor(4, 4, [day('2019-04-01'), day('2019-04-10')], '2020-04-04'), '2020-04-04');
  });
  test('sources near the floor keep it', () => {
    assert.strictEqual(wireDayAboveFloor(4, 4, [day('2020-04-20'), day('2025-06-11')], '2020-04-04'), '2020-04-04');
  });
  test('none near it in any year: the one later year with sources within a season', () => {
    assert.strictEqual(wireDayAboveFloor(4, 4, [day('2025-06-11')], '2020-04-04'), '2025-04-04');
  });
  test('two such later years: the floor stays', () => {
    assert.strictEqual(wireDayAboveFloor(4, 4, [day('2023-06-20'), day('2025-06-11')], '2020-04-04'), '2020-04-04');
  });
});

// Round 564 (held out): "WASHINGTON, July 30 (Reuters) - … said on Wednesday", over history of
// March 15, 2012, was dated 2014, the first year after that past in which July 30 is a Wednesday, as
// firmly as a dateline; the corpus is of 2025, where July 30 is a Wednesday too. That first year is a
// floor as well. Such a wire still votes for the years of the others, not for its own.
const WEEKDAY_WIRE = [
  'Washington and Seoul reach a trade deal',
  '',
  'WASHINGTON, July 30 (Newswire) - President Donald Trump said on Wednesday the United States had reached a trade agreement with South Korea that sets a 15% tariff on its goods.',
  '',
  'The two countries have had a free trade agreement since March 15, 2012.',
].join('\n');

suite('engine: a wire year its weekdays give after its history', () => {
  const { dir: folder, wireDoc } = wireFolder(WEEKDAY_WIRE);

  test('alone, the first year its weekdays fit', async () => {
    const e = await Engine.open({ roots: [folder()] });
    assert.strictEqual(wireDoc(e).date, '2014-07-30');
  });

  test('in a corpus of a later season, the corpus’s year, where the weekday fits too', async () => {
    fs.writeFileSync(path.join(folder(), 'stamped.txt'), ['Shipyards digest', '', 'Published: 2025-09-05 18:40', '', 'Korean shipbuilders weighed the investment pledge, officials said.'].join('\n'));
    const e = await Engine.open({ roots: [folder()] });
    assert.deepStrictEqual([wireDoc(e).date, wireDoc(e).dateSource], ['2025-07-30', 'dateline']);
  });
});
