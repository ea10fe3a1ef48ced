// boundedMemo stands behind the memos of event kinds, ordinals, word terms and entity runs: each key
// is read once, a remembered "nothing" is not read again, and past its bound it starts afresh.
import * as assert from 'assert';
import { boundedMemo } from '../../../src/core/text/boundedMemo';

suite('text: a bounded memo', () => {
  test('each key is read once', () => {
    const reads: string[] = [];
    const lengthOf = boundedMemo((k: string) => (reads.push(k), k.length), 10);
    assert.deepStrictEqual([lengthOf('ab'), lengthOf('abc'), lengthOf('ab')], [2, 3, 2]);
    assert.deepStrictEqual(reads, ['ab', 'abc']);
  });

  test('an undefined answer is remembered too', () => {
    let reads = 0;
    const none = boundedMemo((_k: string) => (reads++, undefined), 10);
    none('x');
    none('x');
    assert.strictEqual(reads, 1);
  });

  test('past its bound it forgets and reads again', () => {
    const reads: string[] = [];
    const same = boundedMemo((k: string) => (reads.push(k), k), 2);
    for (const k of ['a', 'b', 'c', 'a']) same(k);
    assert.deepStrictEqual(reads, ['a', 'b', 'c', 'a']);
  });
});
