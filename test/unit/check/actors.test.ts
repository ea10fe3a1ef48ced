// When a brief names who acted, a source about other people's acts does not contradict its date.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

suite('check: who acted', () => {
  let dir: string;
  let engine: Engine;
  suiteSetup(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-actors-'));
    fs.writeFileSync(
      path.join(dir, 'pact.txt'),
      [
        'Fishing pact holds',
        'LISBON, March 20, 2025 -',
        'Trade commissioner Ana Ruiz said the fishing pact was outlined in Lisbon on February 20.',
        'Prime Minister Jonas Berg arrived in Lisbon on March 18.',
      ].join('\n'),
    );
    engine = await Engine.open({ roots: [dir] });
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  const found = (brief: string) => engine.check(brief).map((d) => `${d.code} ${d.cited} -> ${d.expected}`);

  test('the source names the same person: its date settles the claim', () => {
    assert.deepStrictEqual(found('Ana Ruiz outlined the fishing pact in Lisbon on February 24, 2025.\n'), ['date-conflict February 24, 2025 -> 2025-02-20']);
  });

  test('the source speaks of someone else: no conflict', () => {
    assert.deepStrictEqual(found('Jonas Berg praised the fishing pact in Lisbon on March 19, 2025.\n'), []);
  });
});
