// Round 1181 (held out, measured first). "President Donald J. Trump" was read as a man named Donald:
// a middle initial now stays inside a titled name, which is Donald Trump's.
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';

suite('entities: a middle initial', () => {
  test('a middle initial stays inside a titled name', () => {
    const names = extractEntities('The statement follows the call between President Prabowo Subianto and President Donald J. Trump on 15 July 2025.').map((e) => `${e.kind}:${e.canonical}`);
    assert.deepStrictEqual(names.filter((n) => n.startsWith('person:')), ['person:Prabowo Subianto', 'person:Donald Trump']);
  });
});
