// "reopened the gate on Sunday, two days after suspending truck access to it": the act counted from
// happened that many days before the day the sentence gives, and a brief that dates it is checked
// against that day.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

suite('facts: an act counted back from a day ("two days after suspending it")', () => {
  let dir = '';
  let engine: Engine;
  suiteSetup(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-days-after-'));
    fs.writeFileSync(
      path.join(dir, 'wire.txt'),
      "LOMÉ, May 12, 2025 (Test Wire) - Togo's port authority reopened the northern gate of the container terminal on Sunday, two days after suspending truck access to it following a fire in a warehouse, officials said on Monday.\n\nHauliers said queues had formed on the coastal road over the weekend.\n",
    );
    engine = await Engine.open({ roots: [dir] });
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the suspension is dated two days before the Sunday', () => {
    const fact = engine.snapshot().facts.find((f) => f.date.text === 'two days after');
    assert.ok(fact, 'no fact for "two days after"');
    assert.strictEqual(fact.date.value, '2025-05-09');
    assert.ok(fact.terms.includes('suspend'), fact.terms.join(' '));
  });

  test('a brief that gives the suspension another day is warned, with the day', () => {
    const found = engine.check('# Brief\n\n- The port authority suspended truck access to the northern gate on 10 May 2025 after a warehouse fire.\n');
    assert.deepStrictEqual(found.map((d) => `${d.code} ${d.cited} -> ${d.expected}`), ['date-conflict 10 May 2025 -> 2025-05-09']);
  });

  test('a brief that gives the day the count leads to is not', () => {
    assert.deepStrictEqual(engine.check('# Brief\n\n- The port authority suspended truck access to the northern gate on 9 May 2025 after a warehouse fire.\n'), []);
  });
});
