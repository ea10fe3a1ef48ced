// First steps in an empty workspace: the `tradeBrief.corpusFound` context key (which picks the
// sidebar's welcome text and ticks the walkthrough), and commands to create the sources folder
// and start a brief from the skeleton snippet.
import * as vscode from 'vscode';

export const CORPUS_FOLDERS = ['sources', 'corpus'];
const CONTEXT_KEY = 'tradeBrief.corpusFound';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.Directory;
  } catch {
    return false;
  }
}

export async function updateCorpusContext(): Promise<boolean> {
  let found = false;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const name of CORPUS_FOLDERS) if (await exists(vscode.Uri.joinPath(folder.uri, name))) found = true;
  }
  await vscode.commands.executeCommand('setContext', CONTEXT_KEY, found);
  return found;
}

export function watchCorpusFolders(): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CORPUS_FOLDERS.join(',')}}`, false, true, false);
  const update = () => void updateCorpusContext();
  void updateCorpusContext();
  return vscode.Disposable.from(watcher, watcher.onDidCreate(update), watcher.onDidDelete(update), vscode.workspace.onDidChangeWorkspaceFolders(update));
}

function firstFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

export async function createSourcesFolder(): Promise<vscode.Uri | undefined> {
  const folder = firstFolder();
  if (!folder) {
    await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, 'sources');
  await vscode.workspace.fs.createDirectory(uri);
  await updateCorpusContext();
  await vscode.commands.executeCommand('revealInExplorer', uri);
  void vscode.window.showInformationMessage('Created the sources folder. Put one article per file in it (.txt, .md or .html); a `date:` line in front matter makes its dates checkable.');
  return uri;
}

/** The skeleton body from snippets/markdown.json, so the snippet and this command never drift apart. */
async function skeleton(extensionUri: vscode.Uri): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'markdown.json'));
  const snippets = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, { body: string[] }>;
  return snippets['Trade brief skeleton'].body.join('\n');
}

/** Creates briefs/brief.md (or brief-2.md …) beside the sources and fills in the skeleton. */
export async function newBrief(extensionUri: vscode.Uri): Promise<vscode.Uri> {
  const folder = firstFolder();
  let doc: vscode.TextDocument;
  if (folder) {
    const dir = vscode.Uri.joinPath(folder.uri, 'briefs');
    await vscode.workspace.fs.createDirectory(dir);
    let uri = vscode.Uri.joinPath(dir, 'brief.md');
    for (let n = 2; await fileExists(uri); n++) uri = vscode.Uri.joinPath(dir, `brief-${n}.md`);
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    doc = await vscode.workspace.openTextDocument(uri);
  } else {
    doc = await vscode.workspace.openTextDocument({ language: 'markdown' });
  }
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(await skeleton(extensionUri)), new vscode.Position(0, 0));
  return doc.uri;
}

async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
