// Round 244. "Prime Minister Shri Narendra Modi" and "UK Prime Minister Sir Keir Starmer" in an Indian
// government release are the same men as "Narendra Modi" and "Keir Starmer" in the other sources: the
// honorific is no part of the name, or the hover card and the registry split one person in two.
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';

const people = (text: string) => extractEntities(text).filter((m) => m.kind === 'person').map((m) => `${m.text}${m.role ? ` (${m.role})` : ''}`);

suite('entities: honorifics before a name', () => {
  test('an honorific between a title and a name is left out', () => {
    assert.deepStrictEqual(people('The agreement was signed in the presence of Prime Minister Shri Narendra Modi and UK Prime Minister Sir Keir Starmer at Chequers.'), [
      'Narendra Modi (Prime Minister)',
      'Keir Starmer (Prime Minister)',
    ]);
  });

  test('an honorific that opens a name without a title is left out too', () => {
    assert.deepStrictEqual(people('Officials in the delegation said that Sir Keir Starmer had met the visiting minister for talks on the whisky duties.'), ['Keir Starmer']);
  });

  test('a one-word name after an honorific is not cut to nothing', () => {
    assert.deepStrictEqual(people('Officials in the delegation said that Prime Minister Mr Carney had met the visiting minister for talks on steel.'), ['Carney (Prime Minister)']);
  });
});
