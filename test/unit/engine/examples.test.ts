// End to end over the bundled example corpus: what `npm run demo` shows a new user.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

const root = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

suite('the example corpus and brief', () => {
  let engine: Engine;
  let brief: string;
  suiteSetup(async () => {
    engine = await Engine.open({ roots: [path.join(root, 'sources')] });
    brief = fs.readFileSync(path.join(root, 'brief.md'), 'utf8');
  });

  test('each article says how its date was found', () => {
    const docs = Object.fromEntries(engine.snapshot().documents.map((d) => [path.basename(d.file), d]));
    assert.deepStrictEqual([docs['geneva-deal.md'].date, docs['geneva-deal.md'].dateSource], ['2025-05-12', 'front-matter']);
    assert.deepStrictEqual([docs['ministry-response.txt'].date, docs['ministry-response.txt'].dateSource], ['2025-06-02', 'dateline']);
    assert.deepStrictEqual([docs['london-round.txt'].date, docs['london-round.txt'].dateSource], ['2025-06-11', 'dateline']);
    assert.strictEqual(docs['undated-note.txt'].dateSource, 'unknown');
  });

  test('people get the roles the sources state', () => {
    const people = Object.fromEntries(engine.snapshot().entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.roles.map((r) => r.role).join('; ')]));
    assert.match(people['Scott Bessent'] ?? '', /Treasury Secretary/);
    assert.match(people['Michael Hart'] ?? '', /president/i);
    assert.match(people['He Lifeng'] ?? '', /Vice Premier/);
  });

  test('the brief warns on the wrong ministry date, the wrong deadline, the wrong talks day and the wrong weekday', () => {
    const found = engine.check(brief).map((d) => `${d.code} ${d.cited} -> ${d.expected}`);
    assert.ok(found.includes('date-conflict June 4 -> 2025-06-02'), found.join('\n'));
    assert.ok(found.includes('date-conflict July 9 -> 2025-07-08'), found.join('\n'));
    assert.ok(found.includes('date-conflict Tuesday, June 11, 2025 -> 2025-06-10'), found.join('\n'));
    assert.ok(found.some((f) => f.startsWith('weekday-mismatch Friday -> Tuesday')), found.join('\n'));
  });

  test('a wrong day under the right weekday is one warning whose fix mends the day, not the weekday', () => {
    const onLondon = engine.check(brief).filter((d) => brief.split('\n')[d.line].includes('London talks'));
    assert.deepStrictEqual(onLondon.map((d) => [d.code, d.replacement]), [['date-conflict', 'Tuesday, June 10, 2025']]);
  });

  test('a dateline is when the report was filed, not an event date', () => {
    const london = engine.snapshot().events.find((e) => e.name === 'London talks');
    assert.ok(london, 'the London talks are an event');
    assert.ok(!london.dates.some((d) => d.value.startsWith('2025-06-11')), JSON.stringify(london.dates.map((d) => d.value)));
  });

  test('supported dates stay silent', () => {
    const lines = engine.check(brief).map((d) => brief.split('\n')[d.line]);
    for (const quiet of ['May 12, 2025', 'May 10–11, 2025', 'May 30', 'May 14']) assert.ok(!lines.some((l) => l.includes(quiet)), `warned on ${quiet}`);
  });

  test('a quick-fix replacement is written in the brief\'s style', () => {
    const d = engine.check(brief).find((x) => x.cited === 'June 4');
    assert.strictEqual(d?.replacement, 'June 2');
  });
});
