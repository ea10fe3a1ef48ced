// The one place the views get corpus data from. It follows the engine client of the folder the
// analyst is working in (multi-root workspaces have one per folder), caches that client's snapshot
// until the client says the corpus changed, and tells every view when to redraw.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../../core/api';
import type { EngineClient, EngineStatus } from '../engineClient';
import { EMPTY_SNAPSHOT } from './viewModel';

export type ClientFor = (uri?: vscode.Uri) => EngineClient | undefined;

export class CorpusSource implements vscode.Disposable {
  private client: EngineClient | undefined;
  private clientSubscriptions: vscode.Disposable[] = [];
  private cached: Promise<CorpusSnapshot> | undefined;
  private lastUri: vscode.Uri | undefined;
  private poll: ReturnType<typeof setInterval> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly statusChanged = new vscode.EventEmitter<EngineStatus | undefined>();
  /** The corpus (or the client serving it) changed: views should re-read the snapshot. */
  readonly onDidChange = this.changed.event;
  readonly onDidChangeStatus = this.statusChanged.event;

  constructor(private readonly clientFor: ClientFor) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && (e.document.uri.scheme === 'file' || e.document.uri.scheme === 'untitled')) {
          this.lastUri = e.document.uri;
          this.resolve();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.resolve()),
    );
    this.lastUri = vscode.window.activeTextEditor?.document.uri;
    this.resolve();
  }

  /** The client for the folder in use, re-resolved each time (clients come and go with folders). */
  current(): EngineClient | undefined {
    this.resolve();
    return this.client;
  }

  status(): EngineStatus | undefined {
    return this.current()?.status();
  }

  snapshot(): Promise<CorpusSnapshot> {
    const client = this.current();
    if (!client) return Promise.resolve(EMPTY_SNAPSHOT);
    if (!this.cached) {
      const pending = client.snapshot().catch((err: unknown) => {
        // Do not keep a failure: the next view refresh asks again.
        if (this.cached === pending) this.cached = undefined;
        console.error('Trade Brief: snapshot failed', err);
        return EMPTY_SNAPSHOT;
      });
      this.cached = pending;
    }
    return this.cached;
  }

  /** Drop the cached snapshot and redraw the views. */
  refresh(): void {
    this.cached = undefined;
    this.changed.fire();
  }

  private resolve(): void {
    const next = this.clientFor(this.lastUri) ?? this.clientFor();
    // The extension may create its clients after the views: look again until one appears.
    if (!next && !this.poll) this.poll = setInterval(() => this.resolve(), 1500);
    if (next && this.poll) {
      clearInterval(this.poll);
      this.poll = undefined;
    }
    if (next === this.client) return;
    for (const d of this.clientSubscriptions) d.dispose();
    this.clientSubscriptions = [];
    this.client = next;
    if (next) {
      this.clientSubscriptions.push(
        next.onDidChange(() => this.refresh()),
        next.onDidChangeStatus((s) => this.statusChanged.fire(s)),
      );
    }
    this.refresh();
    this.statusChanged.fire(next?.status());
  }

  dispose(): void {
    if (this.poll) clearInterval(this.poll);
    for (const d of [...this.clientSubscriptions, ...this.subscriptions]) d.dispose();
    this.changed.dispose();
    this.statusChanged.dispose();
  }
}
