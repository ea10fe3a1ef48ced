// A workspace of two folders: each has its own corpus, and a brief is checked, hovered and
// completed against the corpus of its own folder. Disposing the engines stops them.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'trade-brief.trade-brief-assistant';

interface Api {
  engines: {
    all(): unknown[];
    clientFor(uri?: vscode.Uri): { snapshot(): Promise<{ documents: Array<{ file: string }> }> } | undefined;
    dispose(): void;
  };
  whenIndexed(): Promise<void>;
}

async function poll<T>(what: string, get: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v !== undefined && v !== null && v !== false) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

suite('Trade Brief in a multi-root workspace', function () {
  this.timeout(120_000);
  let api: Api;
  const folders = () => vscode.workspace.workspaceFolders ?? [];
  const folderNamed = (name: string) => folders().find((f) => path.basename(f.uri.fsPath) === name)!;

  suiteSetup(async () => {
    console.log(`    vscode.version ${vscode.version}, ${folders().length} folders`);
    const ext = await poll('the extension', () => vscode.extensions.getExtension(EXTENSION_ID));
    api = (await ext.activate()) as Api;
    await api.whenIndexed();
  });

  test('each folder gets its own engine and its own corpus', async () => {
    assert.strictEqual(folders().length, 2);
    assert.strictEqual(api.engines.all().length, 2);
    const a = (await api.engines.clientFor(folderNamed('workspace').uri)!.snapshot()).documents.map((d) => path.basename(d.file));
    const b = (await api.engines.clientFor(folderNamed('workspace-b').uri)!.snapshot()).documents.map((d) => path.basename(d.file));
    assert.ok(a.includes('geneva-deal.md') && !a.includes('busan-leaders.txt'), a.join(', '));
    assert.ok(b.includes('busan-leaders.txt') && !b.includes('geneva-deal.md'), b.join(', '));
  });

  test("a brief is checked against its own folder's sources", async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderNamed('workspace-b').uri, 'briefs', 'brief-b.md'));
    await vscode.window.showTextDocument(doc);
    const diag = await poll('the Busan warning', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'date-conflict'));
    assert.match(diag.message, /30 October 2025/);
    assert.ok(diag.relatedInformation?.some((r) => r.location.uri.fsPath.endsWith('busan-leaders.txt')));
  });

  test("completion offers only the events of the brief's own folder", async () => {
    const complete = async (folder: string, file: string) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderNamed(folder).uri, 'briefs', file));
      const editor = await vscode.window.showTextDocument(doc);
      await editor.edit((e) => e.insert(doc.lineAt(doc.lineCount - 1).range.end, '\nThe Bus'));
      try {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, doc.lineAt(doc.lineCount - 1).range.end);
        return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      } finally {
        await vscode.commands.executeCommand('undo');
      }
    };
    assert.ok((await complete('workspace-b', 'brief-b.md')).includes('Busan meeting'));
    assert.ok(!(await complete('workspace', 'brief.md')).includes('Busan meeting'));
  });

  test('disposing the engines stops them and their watchers', async () => {
    api.engines.dispose();
    assert.strictEqual(api.engines.all().length, 0);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderNamed('workspace-b').uri, 'briefs', 'brief-b.md'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 40));
    assert.deepStrictEqual(hovers, []);
  });
});
