// Short forms a writer uses for a name, and the ones that would only ever be false hits.
import * as assert from 'assert';
import { EntityRegistry } from '../../../src/core/entities/registry';
import { extractEntities } from '../../../src/core/entities/extract';

suite('entities: short forms', () => {
  const text = 'Vice Premier He Lifeng met Treasury Secretary Scott Bessent. Curbs on Hanwha Ocean Co., a shipbuilder, followed.';
  const registry = new EntityRegistry();
  registry.add('a.txt', '/c/a.txt', text, extractEntities(text), () => 0);
  const hits = (brief: string) => registry.matchIn(brief).map((m) => `${brief.slice(m.start, m.end)}=${m.entityId}`);

  test('a surname or a family name stands for the person', () => {
    assert.deepStrictEqual(hits('Bessent and He Lifeng spoke.'), ['Bessent=person:scott-bessent', 'He Lifeng=person:he-lifeng']);
  });
  test('a family name that is also an English word is not taken for the person', () => {
    assert.deepStrictEqual(hits('He said the talks went well.'), []);
  });
  // Round 683 (held out): "Imran Khan's White House visit" was read as the commerce minister Jam
  // Kamal Khan, whose alias "Khan" it holds.
  test('a surname after another given name is someone else', () => {
    assert.deepStrictEqual(hits('Michael Bessent testified.'), []);
    assert.deepStrictEqual(hits('Secretary Bessent, Treasury Bessent and Thursday Bessent.'), ['Bessent=person:scott-bessent', 'Bessent=person:scott-bessent', 'Bessent=person:scott-bessent']);
    assert.deepStrictEqual(hits("Washington's Bessent and Scott Bessent."), ['Bessent=person:scott-bessent', 'Scott Bessent=person:scott-bessent']);
  });
  test('a company is found without its "Co."', () => {
    assert.deepStrictEqual(hits('Hanwha Ocean was hit.'), ['Hanwha Ocean=organization:hanwha-ocean-co']);
  });
});
