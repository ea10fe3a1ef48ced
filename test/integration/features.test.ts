// The extension's features in a real VS Code, through the VS Code API: activation, warnings with
// ranges and related information, a quick fix applied, hover cards and completion items.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'trade-brief.trade-brief-assistant';

async function poll<T>(what: string, get: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v !== undefined && v !== null && v !== false) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

suite('Trade Brief in VS Code', () => {
  let doc: vscode.TextDocument;
  const root = vscode.workspace.workspaceFolders![0].uri.fsPath;

  suiteSetup(async () => {
    console.log(`    vscode.version ${vscode.version}`);
    doc = await vscode.workspace.openTextDocument(path.join(root, 'briefs', 'brief.md'));
    await vscode.window.showTextDocument(doc);
    const ext = await poll('the extension', () => vscode.extensions.getExtension(EXTENSION_ID));
    const api = (await ext.activate()) as { whenIndexed(): Promise<void> };
    await api.whenIndexed();
  });

  test('activates and contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['tradeBrief.rebuildIndex', 'tradeBrief.checkAllBriefs', 'tradeBrief.openKnowledgeFile']) assert.ok(commands.includes(c), c);
  });

  test('warns on the date that conflicts with the sources, with the source as related information', async () => {
    const diag = await poll('the conflict warning', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'date-conflict' && doc.getText(d.range) === 'June 4'));
    assert.strictEqual(diag.source, 'Trade Brief');
    assert.match(diag.message, /2 June 2025/);
    assert.ok(diag.relatedInformation?.some((r) => r.location.uri.fsPath.endsWith('ministry-response.txt')));
  });

  test('flags a weekday that does not fall on its date', async () => {
    const diag = await poll('the weekday warning', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'weekday-mismatch'));
    assert.match(diag.message, /13 May 2025 is a Tuesday, not a Friday/);
  });

  test('a quick fix replaces the date with the corpus date', async () => {
    const diag = await poll('the conflict warning', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'date-conflict' && doc.getText(d.range) === 'June 4'));
    // As a writer would, open the light bulb again if the first look comes while a check is redone.
    let titles: string[] = [];
    const fix = await poll(
      'the quick fix',
      async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
        titles = actions.map((a) => a.title);
        return actions.find((a) => a.title === 'Replace with "June 2"' && a.edit);
      },
      10_000,
    ).catch(() => undefined);
    assert.ok(fix?.edit, titles.join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.ok(doc.getText().includes('rejected the accusation on June 2.'));
    await vscode.commands.executeCommand('undo');
  });

  test('hovering a person shows the role and a link to the source', async () => {
    const text = doc.getText();
    const at = doc.positionAt(text.indexOf('Trump') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const md = hoverText(hovers);
    assert.match(md, /Donald Trump/);
    assert.match(md, /President/);
    assert.match(md, /command:tradeBrief\.openSource/);
  });

  test('completion offers the Geneva talks while typing "Gen"', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nThe Gen'));
    const pos = doc.lineAt(doc.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => /Geneva/.test(l)), labels.join(', '));
    await vscode.commands.executeCommand('undo');
  });

  test('a name typed over two words ("the London ta") is completed whole, not doubled', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nAs agreed at the London ta'));
    const line = doc.lineCount - 1;
    const pos = doc.lineAt(line).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    const item = list.items.find((i) => /^London talks/.test(typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(item, list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', '));
    const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
    await editor.edit((b) => b.replace(range, typeof item.insertText === 'string' ? item.insertText : item.insertText!.value));
    const text = doc.lineAt(line).text;
    assert.match(text, /^As agreed at the London talks \(/);
    assert.doesNotMatch(text, /London London/);
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
  });
});
