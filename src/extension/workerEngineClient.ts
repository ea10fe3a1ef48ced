// EngineClient over a worker thread: the engine indexes and answers there, so a large corpus
// never blocks the editor. AbortSignals become cancel messages; a dead worker is restarted.
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { CheckOptions, CompletionSuggestion, CorpusSnapshot, DateStyle, HoverCard } from '../core/api';
import type { EngineOptions } from '../core/engine/engine';
import type { BriefDiagnostic, CorpusProblem } from '../core/types';
import type { EngineClient, EngineStatus } from './engineClient';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

export class WorkerEngineClient implements EngineClient {
  private worker!: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly statusChanged = new vscode.EventEmitter<EngineStatus>();
  private current: EngineStatus = { state: 'idle', documents: 0, events: 0, entities: 0, problems: 0 };
  private ready: Promise<void>;
  private disposed = false;
  readonly onDidChange = this.changed.event;
  readonly onDidChangeStatus = this.statusChanged.event;

  constructor(private readonly workerPath: string, private readonly options: EngineOptions, private readonly log: vscode.OutputChannel) {
    this.ready = this.start();
  }

  private spawn(): void {
    this.worker = new Worker(this.workerPath);
    this.worker.on('message', (msg) => this.onMessage(msg));
    this.worker.on('error', (err) => this.log.appendLine(`engine worker error: ${err.message}`));
    this.worker.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error('engine worker stopped'));
      this.pending.clear();
      if (!this.disposed) {
        this.log.appendLine(`engine worker exited (${code}); restarting`);
        this.ready = this.start();
      }
    });
  }

  private async start(): Promise<void> {
    this.spawn();
    this.setStatus({ ...this.current, state: 'indexing', message: 'indexing…' });
    const started = Date.now();
    try {
      await this.call('open', [this.options]);
      await this.refreshStatus();
      this.log.appendLine(`indexed ${this.current.documents} sources in ${Date.now() - started} ms`);
      this.changed.fire();
    } catch (err) {
      this.setStatus({ ...this.current, state: 'error', message: (err as Error).message });
      this.log.appendLine(`indexing failed: ${(err as Error).message}`);
    }
  }

  private onMessage(msg: { id?: number; result?: unknown; error?: string; cancelled?: boolean; event?: string; done?: number; total?: number }): void {
    if (msg.event === 'progress') {
      this.setStatus({ ...this.current, state: 'indexing', message: `indexing ${msg.done}/${msg.total}` });
      return;
    }
    if (msg.event === 'changed') {
      void this.refreshStatus().then(() => this.changed.fire());
      return;
    }
    const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
    if (!p) return;
    this.pending.delete(msg.id!);
    if (msg.error) p.reject(new Error(msg.error));
    else if (msg.cancelled) p.reject(new vscode.CancellationError());
    else p.resolve(msg.result);
  }

  private call<T>(method: string, args: unknown[], signal?: AbortSignal): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      signal?.addEventListener('abort', () => this.worker.postMessage({ cancel: id }), { once: true });
      this.worker.postMessage({ id, method, args });
    });
  }

  private setStatus(s: EngineStatus): void {
    this.current = s;
    this.statusChanged.fire(s);
  }

  private async refreshStatus(): Promise<void> {
    const s = await this.call<{ documents: number; events: number; entities: number; problems: CorpusProblem[] }>('summary', []);
    this.logNewProblems(s.problems);
    this.problemsCache = s.problems;
    this.setStatus({ state: 'ready', documents: s.documents, events: s.events, entities: s.entities, problems: s.problems.length });
  }

  /** Each corpus problem goes to the output channel once, naming its file (and line when known). */
  private logNewProblems(problems: CorpusProblem[]): void {
    const now = new Set<string>();
    for (const p of problems) {
      const where = p.line !== undefined ? `${p.file}:${p.line + 1}:${(p.column ?? 0) + 1}` : p.file;
      const line = `${p.severity}: ${where}: ${p.message}`;
      now.add(line);
      if (!this.loggedProblems.has(line)) this.log.appendLine(line);
    }
    this.loggedProblems = now;
  }

  private loggedProblems = new Set<string>();

  problemsCache: CorpusSnapshot['problems'] = [];

  status(): EngineStatus {
    return this.current;
  }

  async whenReady(): Promise<void> {
    await this.ready;
  }

  async snapshot(signal?: AbortSignal): Promise<CorpusSnapshot> {
    await this.ready;
    return this.call('snapshot', [], signal);
  }

  async hoverAt(text: string, offset: number, signal?: AbortSignal): Promise<HoverCard | null> {
    await this.ready;
    return this.call('hoverAt', [text, offset], signal);
  }

  async complete(text: string, offset: number, style: DateStyle, signal?: AbortSignal): Promise<CompletionSuggestion[]> {
    await this.ready;
    return this.call('complete', [text, offset, style], signal);
  }

  async check(text: string, options?: CheckOptions, signal?: AbortSignal): Promise<BriefDiagnostic[]> {
    await this.ready;
    return this.call('check', [text, options], signal);
  }

  /** Re-reads files that were created, changed or deleted; the views are updated once for them all. */
  async refreshFiles(files: string[]): Promise<void> {
    await this.ready;
    await this.call('refreshFiles', [files]);
  }

  async cancelIndexing(): Promise<void> {
    await this.call('cancelIndexing', []);
  }

  async rebuild(): Promise<void> {
    this.disposed = true;
    await this.worker.terminate();
    this.disposed = false;
    this.ready = this.start();
    await this.ready;
  }

  dispose(): void {
    this.disposed = true;
    void this.call('flushCache', []).catch(() => undefined).finally(() => this.worker.terminate());
    this.changed.dispose();
    this.statusChanged.dispose();
  }
}

export function workerPath(extensionPath: string): string {
  return path.join(extensionPath, 'dist', 'engineWorker.js');
}
