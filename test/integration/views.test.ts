// The analyst's workspace UI in a real VS Code: commands, the sidebar trees over the fixture
// corpus, opening a quote, inserting into a brief, the timeline webview and the status bar.
// Trees are read through the internal command tradeBrief._test.treeItems.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

interface Row {
  id?: string;
  label: string;
  description?: string;
  contextValue?: string;
  target?: { path: string; line: number };
  children?: Row[];
}

const EXTENSION_ID = 'trade-brief.trade-brief-assistant';
const MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return folder.uri.fsPath;
}

function corpusDir(): string {
  const root = workspaceRoot();
  const dir = ['sources', 'corpus'].map((d) => path.join(root, d)).find((d) => fs.existsSync(d));
  assert.ok(dir, `no sources/ or corpus/ folder in ${root}`);
  return dir;
}

function tree(view: string): Thenable<Row[]> {
  return vscode.commands.executeCommand<Row[]>('tradeBrief._test.treeItems', `tradeBrief.${view}`);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

suite('Workspace views', function () {
  this.timeout(60000);

  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    const brief = path.join(workspaceRoot(), 'briefs', 'brief.md');
    if (fs.existsSync(brief)) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(brief));
    // Indexing runs in the background: wait until the Sources view has rows.
    await waitFor('the sources to be indexed', async () => {
      await vscode.commands.executeCommand('tradeBrief.refreshViews');
      const rows = await tree('sources');
      return rows.some((r) => r.contextValue?.startsWith('tradeBrief.source')) ? rows : undefined;
    });
  });

  test('contributes and registers the workspace commands and views', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['tradeBrief.showTimeline', 'tradeBrief.insertItem', 'tradeBrief.refreshViews', 'tradeBrief.createSourcesFolder', 'tradeBrief.newBrief', 'tradeBrief.openRef']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { views: Record<string, Array<{ id: string }>> } };
    assert.deepEqual(
      pkg.contributes.views.tradeBrief.map((v) => v.id),
      ['tradeBrief.sources', 'tradeBrief.people', 'tradeBrief.organisations', 'tradeBrief.places', 'tradeBrief.events'],
    );
  });

  test('Sources lists every fixture article with its date and how it was found', async () => {
    const rows = (await tree('sources')).filter((r) => r.contextValue?.startsWith('tradeBrief.source'));
    const files = fs.readdirSync(corpusDir()).filter((f) => /\.(txt|md|markdown|html?)$/i.test(f));
    assert.ok(files.length > 0);
    for (const f of files) assert.ok(rows.some((r) => r.id?.endsWith(`${path.sep}${f}`) || r.id?.endsWith(`/${f}`)), `${f} is listed`);
    for (const r of rows) {
      assert.match(r.description ?? '', /^(\d{4}-\d{2}-\d{2}|no date) · (front matter|dateline|inferred|date unknown)$/, r.label);
    }
  });

  test('People, Organisations and Places come from the corpus, with quotes that point into it', async () => {
    const [people, orgs, places] = await Promise.all([tree('people'), tree('organisations'), tree('places')]);
    assert.ok(people.length > 0, 'some people');
    assert.ok(orgs.length + places.length > 0, 'some organisations or places');
    for (const e of [...people, ...orgs, ...places]) {
      assert.equal(e.contextValue, 'tradeBrief.entity');
      for (const ref of e.children ?? []) {
        assert.ok(ref.target && fs.existsSync(ref.target.path), `${e.label}: ${ref.description} exists`);
        assert.match(ref.description ?? '', /:\d+$/);
      }
    }
  });

  test('Events are grouped by month, each with its sourced dates', async () => {
    const months = await tree('events');
    assert.ok(months.length > 0, 'some events');
    let events = 0;
    for (const m of months) {
      assert.ok(MONTH.test(m.label) || m.label === 'Undated', m.label);
      const n = m.children?.length ?? 0;
      assert.equal(m.description, `${n} ${n === 1 ? 'event' : 'events'}`);
      for (const ev of m.children ?? []) {
        events++;
        assert.equal(ev.contextValue, 'tradeBrief.event');
        assert.ok((ev.children ?? []).every((d) => d.target && d.contextValue === 'tradeBrief.eventDate'), `${ev.label} dates open their sources`);
      }
    }
    assert.ok(events > 0);
  });

  test('selecting a quote opens the source at its line', async () => {
    const months = await tree('events');
    const target = months.flatMap((m) => m.children ?? []).flatMap((e) => e.children ?? []).find((d) => d.target)?.target;
    assert.ok(target, 'an event date with a source');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('tradeBrief.openRef', target);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, target.path);
    assert.equal(editor.selection.start.line, target.line);
  });

  test('Insert into brief writes an event with its date in the chosen style', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    const event = {
      id: 'test-event', name: 'Test round of talks', kind: 'talks', aliases: [], places: [], entities: [], factIds: [],
      dates: [{ value: '2025-05-12', from: '2025-05-12', to: '2025-05-12', file: 'a.txt', path: '/a.txt', line: 0, quote: '' }],
    };
    const inserted = await vscode.commands.executeCommand<string>('tradeBrief.insertItem', { type: 'event', event });
    const style = vscode.workspace.getConfiguration('tradeBrief').get<string>('dateStyle', 'D MMMM YYYY');
    const date = { 'D MMMM YYYY': '12 May 2025', 'MMMM D, YYYY': 'May 12, 2025', 'YYYY-MM-DD': '2025-05-12' }[style];
    assert.equal(inserted, `Test round of talks (${date})`);
    assert.equal(doc.getText(), inserted);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the timeline webview opens with the corpus events', async () => {
    const brief = path.join(workspaceRoot(), 'briefs', 'brief.md');
    if (fs.existsSync(brief)) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(brief));
    const months = await tree('events');
    const events = months.reduce((n, m) => n + (m.children?.length ?? 0), 0);
    const result = await vscode.commands.executeCommand<{ eventCount: number; citedCount: number }>('tradeBrief.showTimeline');
    assert.equal(result.eventCount, events);
    const tab = await waitFor('the timeline tab', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('tradeBrief.timeline')),
    );
    assert.equal(tab.label, 'Trade Brief Timeline');
    const shown = await vscode.commands.executeCommand<{ open: boolean; model: { brief?: string; events: unknown[] } }>('tradeBrief._test.timeline');
    assert.ok(shown.open);
    assert.equal(shown.model.events.length, events);
    if (fs.existsSync(brief)) {
      assert.equal(shown.model.brief, 'brief.md');
      assert.ok(result.citedCount > 0, 'the fixture brief cites some corpus events');
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the status bar summarises the index', async () => {
    const text = await waitFor('the status bar to leave indexing', async () => {
      const t = await vscode.commands.executeCommand<string>('tradeBrief._test.statusText');
      return t && !t.includes('indexing') ? t : undefined;
    });
    assert.match(text, /^\$\(book\) \d+ sources? · \d+ events? · \d+ warnings?$/);
  });
});
