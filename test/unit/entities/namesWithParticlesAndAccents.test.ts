// Names as trade news writes them: accented letters ("Jonas Gahr Støre", "Maroš Šefčovič"), particles
// before the surname ("Ursula von der Leyen", "Charles de Gaulle"), hyphens and "Mc" ("Okonjo-Iweala",
// "McCarthy"), and titles of a portfolio ("Economy Secretary", "trade commissioner"). They were cut at
// the first accent or particle ("Jonas Gahr St", "Ursula"), which gave hover cards and event labels
// such as "the Ursula call".
import * as assert from 'assert';
import { EntityRegistry } from '../../../src/core/entities/registry';
import { extractEntities } from '../../../src/core/entities/extract';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const people = (text: string) => extractEntities(text).filter((m) => m.kind === 'person').map((m) => `${m.text}${m.role ? ` (${m.role})` : ''}`);

suite('entities: names with accents, particles and portfolio titles', () => {
  test('accented letters stay in the name', () => {
    assert.deepStrictEqual(people('Norwegian Prime Minister Jonas Gahr Støre spoke with EU trade commissioner Maroš Šefčovič and Prime Minister François Bayrou.'), [
      'Jonas Gahr Støre (Prime Minister)',
      'Maroš Šefčovič (trade commissioner)',
      'François Bayrou (Prime Minister)',
    ]);
  });

  test('particles before a surname are part of the name, and the surname with them is its short form', () => {
    assert.deepStrictEqual(people('Commission President Ursula von der Leyen said the bloc was ready. Von der Leyen then left for Paris.'), ['Ursula von der Leyen (President)', 'Von der Leyen']);
    assert.deepStrictEqual(people('The airport is named after Charles de Gaulle, whom the speech quoted.'), ['Charles de Gaulle']);
  });

  test('hyphenated and Mc surnames are whole', () => {
    assert.deepStrictEqual(people('WTO Director-General Ngozi Okonjo-Iweala met Speaker Kevin McCarthy.'), ['Ngozi Okonjo-Iweala (Director-General)', 'Kevin McCarthy (Speaker)']);
  });

  test('a portfolio title is the role, in capitals or not', () => {
    assert.deepStrictEqual(people('Mexican Economy Secretary Marcelo Ebrard and the Dutch trade minister Reinette Klever met Nvidia CEO Jensen Huang.'), [
      'Marcelo Ebrard (Economy Secretary)',
      'Reinette Klever (trade minister)',
      'Jensen Huang (CEO)',
    ]);
  });

  test('a title before an occasion names no person, and a city with a particle is one place', () => {
    const ms = extractEntities('Leaders flew to Rio de Janeiro after the APEC CEO Summit ended.');
    assert.deepStrictEqual(ms.filter((m) => m.kind === 'person'), []);
    assert.ok(ms.some((m) => m.kind === 'place' && m.text === 'Rio de Janeiro'));
  });

  test('a brief’s "von der Leyen" and "Šefčovič" find the people the sources name', () => {
    const text = 'Commission President Ursula von der Leyen met trade commissioner Maroš Šefčovič in Brussels.';
    const registry = new EntityRegistry();
    registry.add('a.txt', '/c/a.txt', text, extractEntities(text), () => 0);
    const hits = registry.matchIn('Von der Leyen and Šefčovič spoke.').map((m) => m.entityId);
    assert.deepStrictEqual(hits, ['person:ursula-von-der-leyen', 'person:maros-sefcovic']);
    // Written without its accents, the name is the same person's.
    assert.deepStrictEqual(registry.matchIn('Sefcovic spoke.').map((m) => m.entityId), ['person:maros-sefcovic']);
  });
});

suite('check: a lower-case title between a body and a person', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'eu-wire.txt': ['EU and US trade chiefs talk', 'Published: 2025-03-13', 'EU trade commissioner Maros Sefcovic said on Wednesday, March 12, that both sides wanted to move fast on industrial tariffs.'],
    'calls.txt': ['Calls on steel', 'Published: 2025-03-12', 'Maros Sefcovic spoke with US Commerce Secretary Howard Lutnick on Tuesday, March 11.'],
  });

  test('"Sefcovic said on March 11 that both sides wanted to move fast" is flagged: "EU trade commissioner Maros Sefcovic said" is his saying', () => {
    assert.deepStrictEqual(corpus.warnings('Sefcovic said on March 11, 2025 that both sides wanted to move fast on industrial tariffs.'), ['date-conflict March 11, 2025 -> 2025-03-12']);
  });

  test('the day he said it gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('Sefcovic said on March 12, 2025 that both sides wanted to move fast on industrial tariffs.'), []);
  });
});
