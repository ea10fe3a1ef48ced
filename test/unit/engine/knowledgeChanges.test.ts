// The knowledge file is edited while the corpus stays: curated entities come and go, and the
// entities the sources give are what a fresh index of the same corpus gives.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../../src/core/engine/engine';

const ARTICLE_A = `---
title: Port talks
date: 2025-05-14
---
Trade minister Ana Ruiz said on Tuesday that customs officials in Rotterdam would meet their Chinese counterparts on May 20, 2025.
`;
const ARTICLE_B = `---
title: Port talks resume
date: 2025-05-21
---
Ruiz told reporters in Brussels that the Rotterdam meeting on May 20 had ended without a deal.
`;

const names = (e: Engine) =>
  e
    .snapshot()
    .entities.map((x) => `${x.kind}:${x.name}`)
    .sort();

suite('engine: knowledge file edits', () => {
  let dir = '';
  let knowledge = '';
  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-knowledge-'));
    fs.writeFileSync(path.join(dir, 'a.md'), ARTICLE_A);
    fs.writeFileSync(path.join(dir, 'b.md'), ARTICLE_B);
    knowledge = path.join(dir, 'trade-brief.yaml');
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a curated entity added, then taken out again, leaves the entities of a fresh index', async () => {
    fs.writeFileSync(knowledge, 'events: []\n');
    const e = await Engine.open({ roots: [dir], knowledgeFile: knowledge });
    const plain = names(e);
    assert.ok(plain.some((n) => /Ruiz/.test(n)), `the sources name Ruiz: ${plain.join(', ')}`);

    fs.writeFileSync(knowledge, 'entities:\n  - name: Port of Rotterdam Authority\n    kind: organization\n    aliases: [Rotterdam port authority]\n');
    await e.refreshFile(knowledge);
    assert.ok(names(e).includes('organization:Port of Rotterdam Authority'));

    fs.writeFileSync(knowledge, 'events: []\n');
    await e.refreshFile(knowledge);
    assert.deepStrictEqual(names(e), plain);
    const fresh = await Engine.open({ roots: [dir], knowledgeFile: knowledge });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(e.snapshot().entities)), JSON.parse(JSON.stringify(fresh.snapshot().entities)));
  });
});
