// Names a trade brief leans on: places beyond the first corpus, companies with "Co.", and names
// at the start of a sentence.
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';

function found(text: string): string[] {
  return extractEntities(text).map((m) => `${m.kind}:${m.canonical}`);
}

suite('entities: names in running text', () => {
  test('trading nations and negotiating cities are places', () => {
    assert.deepStrictEqual(found('Officials from Indonesia met in Jakarta, then flew to Oslo and The Hague.'), ['place:Indonesia', 'place:Jakarta', 'place:Oslo', 'place:The Hague']);
  });
  test('a company ending in "Co." is an organisation, without the sentence word before it', () => {
    assert.deepStrictEqual(found('Curbs on Hanwha Ocean Co., a shipbuilder, were announced.'), ['organization:Hanwha Ocean Co.']);
  });
  test('a sentence-initial "The" or "In" is not part of the name', () => {
    assert.deepStrictEqual(found('The Commerce Department said so. In Geneva, both sides met.'), ['organization:Commerce Department', 'place:Geneva']);
  });
  test('a date after a name is not part of it', () => {
    assert.deepStrictEqual(found('He spoke at the Council on Foreign Relations in May.'), ['organization:Council on Foreign Relations']);
  });
  test('a day’s or a month’s possessive before a name tells when, and is not part of the name', () => {
    assert.deepStrictEqual(found("In Wednesday's State of the Union speech, the president spoke."), ['organization:State of the Union']);
  });
  test('a month or a day before "the" and a name is not part of the name (round 633)', () => {
    assert.deepStrictEqual(found('In mid-May the Commerce Department put Huawei on its entity list.'), ['organization:Commerce Department', 'organization:Huawei']);
    assert.deepStrictEqual(found('On Monday the European Commission replied.'), ['organization:European Commission']);
  });
  test('a directorate, a survey, a service, a secretariat and a tribunal are bodies (round 1228)', () => {
    assert.deepStrictEqual(found('The Directorate General of Trade Remedies said on Monday.'), ['organization:Directorate General of Trade Remedies']);
    assert.deepStrictEqual(found('The US Geological Survey put the cost at $3.4 billion.'), ['organization:US Geological Survey']);
    assert.deepStrictEqual(found('The Internal Revenue Service said.'), ['organization:Internal Revenue Service']);
  });
  // Round 1285: "the Ministry of Industry and Trade" was "Ministry of Industry", a body of another
  // portfolio, and "signed Directive No. 21/CT-BCT" named a person "Directive No".
  test('a body’s fields joined by "and" are its name; a paper’s kind opens no person’s name', () => {
    assert.deepStrictEqual(found('Officials at the Ministry of Industry and Trade said.'), ['organization:Ministry of Industry and Trade']);
    assert.deepStrictEqual(found('The Ministry of Economy, Trade and Industry said.'), ['organization:Ministry of Economy, Trade and Industry']);
    assert.deepStrictEqual(found('The Department for Business and Trade said.'), ['organization:Department for Business and Trade']);
    assert.deepStrictEqual(found('The Department of Commerce and Treasury Secretary Scott Bessent met.'), ['organization:Department of Commerce', 'person:Scott Bessent']);
    assert.deepStrictEqual(found('The Ministry of Finance and Japan’s central bank met.'), ['organization:Ministry of Finance', 'place:Japan']);
    assert.deepStrictEqual(found('The minister signed Directive No. 21/CT-BCT on Friday.'), []);
  });
  // Round 1297: "a meeting of the Federation of Indian Steel Exporters in Mumbai" was one body's name,
  // so the meeting had no place of its own.
  test('a body and where it met are two names', () => {
    assert.deepStrictEqual(found('At a meeting of the Federation of Indian Steel Exporters in Mumbai on Monday, members spoke.'), ['organization:Federation of Indian Steel Exporters', 'place:Mumbai']);
    assert.deepStrictEqual(found('The Chamber of Commerce in Hong Kong said.'), ['organization:Chamber of Commerce', 'place:Hong Kong']);
  });
  test('well-known bodies by their short names', () => {
    assert.deepStrictEqual(found('Both ASEAN and the OECD warned Congress.'), ['organization:ASEAN', 'organization:OECD', 'organization:Congress']);
  });
});

suite('entities: bylines', () => {
  test('a byline on a line of its own names the reporter, with the agency when given', () => {
    const people = (text: string) => extractEntities(text).filter((m) => m.kind === 'person').map((m) => `${m.canonical}/${m.role}${m.affiliation ? `@${m.affiliation}` : ''}`);
    assert.deepStrictEqual(people('Ports reopen\nBy Ann Lee, Reuters\nDock workers returned.'), ['Ann Lee/reporter@Reuters']);
    assert.deepStrictEqual(people('The talks went on.\nBy Tomas Berg\n'), ['Tomas Berg/reporter']);
    assert.deepStrictEqual(people('By the end of the year, prices rose.\nBy Monday, talks ended.'), []);
  });
});
