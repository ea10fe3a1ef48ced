// One engine per workspace folder (multi-root workspaces each have their corpus), kept current
// by file watchers on the corpus folders and the knowledge file.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { readSettings } from './settings';
import { WorkerEngineClient, workerPath } from './workerEngineClient';

export class WorkspaceEngines implements vscode.Disposable {
  private readonly clients = new Map<string, WorkerEngineClient>();
  /** Watchers and timers of each folder, disposed with its engine. */
  private readonly folderDisposables = new Map<string, vscode.Disposable[]>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.OutputChannel) {
    for (const f of vscode.workspace.workspaceFolders ?? []) this.open(f);
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        e.removed.forEach((f) => this.close(f));
        e.added.forEach((f) => this.open(f));
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tradeBrief.corpusFolders') || e.affectsConfiguration('tradeBrief.knowledgeFile') || e.affectsConfiguration('tradeBrief.maxFileSizeKB')) {
          for (const f of vscode.workspace.workspaceFolders ?? []) {
            this.close(f);
            this.open(f);
          }
        }
      }),
    );
  }

  private open(folder: vscode.WorkspaceFolder): void {
    if (folder.uri.scheme !== 'file') return; // virtual workspaces: nothing to index on disk
    const s = readSettings(folder.uri);
    let roots = s.corpusFolders.map((c) => path.resolve(folder.uri.fsPath, c));
    // The defaults name two folders; a workspace usually has one of them. Only a folder the writer
    // configured, or the defaults when none exists, is worth a "does not exist" warning.
    const configured = vscode.workspace.getConfiguration('tradeBrief', folder.uri).inspect<string[]>('corpusFolders');
    const explicit = configured?.workspaceFolderValue ?? configured?.workspaceValue ?? configured?.globalValue;
    if (!explicit && roots.some((r) => fs.existsSync(r))) roots = roots.filter((r) => fs.existsSync(r));
    const knowledgeFile = path.resolve(folder.uri.fsPath, s.knowledgeFile);
    const cacheDir = vscode.workspace.isTrusted && this.context.storageUri ? path.join(this.context.storageUri.fsPath, 'index') : undefined;
    const client = new WorkerEngineClient(workerPath(this.context.extensionPath), { roots, knowledgeFile, cacheDir, maxFileBytes: s.maxFileSizeKB * 1024 }, this.log);
    client.onDidChange(() => this.changed.fire());
    this.clients.set(folder.uri.toString(), client);
    const owned: vscode.Disposable[] = [{ dispose: () => timer && clearTimeout(timer) }];
    this.folderDisposables.set(folder.uri.toString(), owned);
    const pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    const touch = (uri: vscode.Uri) => {
      pending.add(uri.fsPath);
      if (timer) clearTimeout(timer);
      // Many files changing at once (a git checkout) become one batch.
      timer = setTimeout(() => {
        const files = [...pending];
        pending.clear();
        client.refreshFiles(files).catch((e: Error) => this.log.appendLine(`refresh of ${files.length} file(s): ${e.message}`));
      }, 200);
    };
    const patterns = [...s.corpusFolders.map((c) => `${c}/**/*.{txt,md,markdown,html,htm}`), s.knowledgeFile];
    for (const p of patterns) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, p));
      w.onDidCreate(touch);
      w.onDidChange(touch);
      w.onDidDelete(touch);
      owned.push(w);
    }
  }

  private close(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.folderDisposables.get(key)?.forEach((d) => d.dispose());
    this.folderDisposables.delete(key);
    this.clients.get(key)?.dispose();
    this.clients.delete(key);
  }

  clientFor(uri?: vscode.Uri): WorkerEngineClient | undefined {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
    return folder ? this.clients.get(folder.uri.toString()) : [...this.clients.values()][0];
  }

  all(): WorkerEngineClient[] {
    return [...this.clients.values()];
  }

  /** True when the document is a source article rather than a brief. */
  isSource(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const rel = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
    return readSettings(folder.uri).corpusFolders.some((c) => rel === c || rel.startsWith(`${c.replace(/\/$/, '')}/`));
  }

  dispose(): void {
    for (const owned of this.folderDisposables.values()) owned.forEach((d) => d.dispose());
    this.folderDisposables.clear();
    for (const c of this.clients.values()) c.dispose();
    this.clients.clear();
    this.disposables.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
