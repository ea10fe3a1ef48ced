// Round 1125 (held out, measured first). "Jonathan Reynolds, then Business and Trade Secretary, told
// MPs" named no one: a capitalised run with a word ending like a people's adjective ("-an", "-i",
// "-ic") was taken for one ("Korean Air"), so "Jonathan", "Rishi", "Modi" and "Sefcovic" kept their
// runs from being people. Adjectives of -an and -i are now a list; -ese, -ish and -ic still count,
// but a given name or a Slavic surname does not. And "the Commons Business and Trade Committee" made
// a person of "Commons Business", whose surname "Business" then stood for him in "Business and Trade
// Secretary": the first half of a body's name joined by "and" is no person.
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';

const names = (text: string) => extractEntities(text).map((e) => `${e.kind}:${e.canonical}`);

suite('entities: names that end like a people\u2019s adjective', () => {
  test('given names and surnames that end in -an, -i or -ic', () => {
    assert.deepStrictEqual(names('The minister met Jonathan Reynolds and told him so.'), ['person:Jonathan Reynolds']);
    assert.deepStrictEqual(names('The minister met Rishi Sunak and Narendra Modi on the sidelines.'), ['person:Rishi Sunak', 'person:Narendra Modi']);
    assert.deepStrictEqual(names('The minister met Eric Adams and then Maros Sefcovic there.'), ['person:Eric Adams', 'person:Maros Sefcovic']);
  });

  test('a people\u2019s or a region\u2019s adjective still opens no name', () => {
    assert.deepStrictEqual(names('Shares of Korean Air rose while the Japanese Yen fell and North Atlantic routes were cut.'), []);
  });

  test('the first half of a body\u2019s name joined by "and" is no person', () => {
    assert.deepStrictEqual(names('The government will give the Commons Business and Trade Committee time to report.'), ['organization:Trade Committee']);
    assert.deepStrictEqual(names('Tariff changes will be made under the Taxation (Cross-border Trade) Act 2018, officials said.'), []);
  });
});
