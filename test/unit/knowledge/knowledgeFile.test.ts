import * as assert from 'assert';
import { parseKnowledge } from '../../../src/core/knowledge/knowledgeFile';

suite('the knowledge file', () => {
  test('entities and events are read with their fields', () => {
    const k = parseKnowledge(
      ['entities:', '  - name: Scott Bessent', '    kind: person', '    aliases: [Bessent]', '    roles: [Treasury Secretary]', 'events:', '  - name: Geneva talks', '    date: 2025-05-10/2025-05-12', '    aliases: [Geneva round]'].join('\n'),
      'trade-brief.yaml',
    );
    assert.deepStrictEqual(k.problems, []);
    assert.strictEqual(k.entities[0].name, 'Scott Bessent');
    assert.deepStrictEqual(k.entities[0].aliases, ['Bessent']);
    assert.deepStrictEqual(k.events[0].dates, ['2025-05-10/2025-05-12']);
    assert.strictEqual(k.events[0].line, 6);
  });

  test('malformed YAML gives an error with line and column', () => {
    const k = parseKnowledge('entities:\n  - name: "unclosed\n', 'k.yaml');
    assert.strictEqual(k.problems.length >= 1, true);
    assert.strictEqual(k.problems[0].file, 'k.yaml');
    assert.ok(k.problems[0].line !== undefined && k.problems[0].column !== undefined);
  });

  test('a bad entry is reported and the good ones still count', () => {
    const k = parseKnowledge(['entities:', '  - kind: person', '  - name: Liao Min', '    kind: person', '  - name: X', '    kind: planet'].join('\n'), 'k.yaml');
    assert.strictEqual(k.entities.length, 1);
    assert.strictEqual(k.problems.length, 2);
    assert.strictEqual(k.problems[0].line, 1);
  });

  test('an alias bomb is refused, not expanded', () => {
    const lines = ['x: &a [1,1,1,1,1,1,1,1,1,1]'];
    for (let i = 0; i < 6; i++) lines.push(`x${i}: &a${i} [${Array(10).fill(i ? `*a${i - 1}` : '*a').join(',')}]`);
    lines.push('entities:', `  - name: Bomb`, `    notes: *a5`);
    const k = parseKnowledge(lines.join('\n'), 'k.yaml');
    assert.ok(k.problems.length >= 1);
  });

  test('the root must be a mapping', () => {
    const k = parseKnowledge('- just\n- a list\n', 'k.yaml');
    assert.match(k.problems[0].message, /mapping/);
  });
});
