// Files changing under a running extension: creating, editing, renaming and deleting a source and
// the knowledge file update completions, hovers and warnings without a reload; a malformed
// knowledge file shows an error at its line. Every file made here is removed again.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'trade-brief.trade-brief-assistant';

async function poll<T>(what: string, get: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v !== undefined && v !== null && v !== false) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

function label(i: vscode.CompletionItem): string {
  return typeof i.label === 'string' ? i.label : `${i.label.label} ${i.label.description ?? ''}`;
}

suite('Trade Brief follows file changes', function () {
  this.timeout(120_000);
  const root = vscode.workspace.workspaceFolders![0].uri;
  const source = vscode.Uri.joinPath(root, 'sources', 'zz-stockholm.txt');
  const renamed = vscode.Uri.joinPath(root, 'sources', 'zz-stockholm-renamed.txt');
  const knowledge = vscode.Uri.joinPath(root, 'trade-brief.yaml');
  let brief: vscode.TextDocument;
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const remove = async (uri: vscode.Uri) => {
    try {
      await vscode.workspace.fs.delete(uri);
    } catch {
      /* already gone */
    }
  };

  /** Completion items at the end of the brief after typing `typed` on a new line (then undone). */
  async function completionsFor(typed: string): Promise<string[]> {
    const editor = await vscode.window.showTextDocument(brief);
    const end = brief.lineAt(brief.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, `\n${typed}`));
    try {
      const pos = brief.lineAt(brief.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', brief.uri, pos);
      return list.items.map(label);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  }

  suiteSetup(async () => {
    brief = await vscode.workspace.openTextDocument(path.join(root.fsPath, 'briefs', 'brief.md'));
    await vscode.window.showTextDocument(brief);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const api = (await ext.activate()) as { whenIndexed(): Promise<void> };
    await api.whenIndexed();
  });

  suiteTeardown(async () => {
    await remove(source);
    await remove(renamed);
    await remove(knowledge);
  });

  test('a new source is indexed: its event completes, hovers and settles a date in the brief', async () => {
    await write(source, 'STOCKHOLM, July 30, 2025 — Negotiators ended two days of talks in Stockholm on Tuesday, July 29, and agreed to keep the truce in place while they report back.\n');
    const items = await poll('Stockholm talks in completion', async () => {
      const all = await completionsFor('Stockh');
      return all.some((l) => /Stockholm talks/.test(l)) ? all : undefined;
    });
    assert.ok(items.some((l) => /29 July 2025|July 29/.test(l)), items.join(' | '));

    // A brief line that dates the new event wrongly now warns, and the hover knows the event.
    const editor = await vscode.window.showTextDocument(brief);
    const end = brief.lineAt(brief.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n- The Stockholm talks ended on July 25, 2025.'));
    try {
      const diag = await poll('a warning on July 25', () => vscode.languages.getDiagnostics(brief.uri).find((d) => brief.getText(d.range) === 'July 25, 2025' || brief.getText(d.range) === 'July 25'));
      assert.match(diag.message, /29 July 2025/);
      const line = brief.lineAt(brief.lineCount - 1);
      const at = line.range.start.translate(0, line.text.indexOf('Stockholm') + 3);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', brief.uri, at);
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
      assert.match(text, /Stockholm/);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  test('an edited source changes what the brief is told', async () => {
    await write(source, 'STOCKHOLM, July 30, 2025 — Negotiators ended two days of talks in Stockholm on Monday, July 28, and agreed to keep the truce in place while they report back.\n');
    await poll('the new date in completion', async () => (await completionsFor('Stockh')).some((l) => /28 July 2025|July 28/.test(l)) || undefined);
  });

  test('a renamed source keeps its event under the new name; a deleted one takes it away', async () => {
    await vscode.workspace.fs.rename(source, renamed);
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { engines: { clientFor(uri?: vscode.Uri): { snapshot(): Promise<{ documents: Array<{ path: string }> }> } } };
    await poll('the renamed file in the index', async () => {
      const docs = (await api.engines.clientFor(root)!.snapshot()).documents.map((d) => d.path);
      return docs.includes(renamed.fsPath) && !docs.includes(source.fsPath) ? true : undefined;
    });
    assert.ok((await completionsFor('Stockh')).some((l) => /Stockholm talks/.test(l)));
    await vscode.workspace.fs.delete(renamed);
    await poll('Stockholm talks gone from completion', async () => !(await completionsFor('Stockh')).some((l) => /Stockholm talks/.test(l)) || undefined);
  });

  test('the knowledge file: a curated event appears, a malformed file shows its error at the line', async () => {
    await write(knowledge, 'events:\n  - name: Canberra round\n    kind: talks\n    dates: ["2025-08-05"]\n    places: [Canberra]\n');
    await poll('the curated event in completion', async () => (await completionsFor('Canber')).some((l) => /Canberra round/.test(l)) || undefined);

    await write(knowledge, 'events:\n  - name: Canberra round\n    dates: [2025-08-05\n  - name: [unclosed\n');
    const diag = await poll('an error in the knowledge file', () => vscode.languages.getDiagnostics(knowledge).find((d) => d.source === 'Trade Brief'));
    assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diag.range.start.line >= 1, `line ${diag.range.start.line}`);

    await vscode.workspace.fs.delete(knowledge);
    await poll('the error cleared once the file is gone', () => (vscode.languages.getDiagnostics(knowledge).length === 0 ? true : undefined));
    await poll('the curated event gone', async () => !(await completionsFor('Canber')).some((l) => /Canberra round/.test(l)) || undefined);
  });
});
