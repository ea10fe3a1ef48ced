// Status bar: what the index holds and how many warnings the open briefs carry, or that indexing
// is running. Indexing that takes longer than a second also gets a cancellable notification.
import * as vscode from 'vscode';
import type { EngineStatus } from '../engineClient';
import type { CorpusSource } from './corpusSource';
import { plural } from './viewModel';

export const DIAGNOSTIC_SOURCE = 'Trade Brief';
const SLOW_INDEXING_MS = 1000;

/** Trade Brief diagnostics across all documents that have them (the open briefs). */
export function countWarnings(): number {
  let n = 0;
  for (const [, diags] of vscode.languages.getDiagnostics()) n += diags.filter((d) => d.source === DIAGNOSTIC_SOURCE).length;
  return n;
}

export class WorkspaceStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tradeBrief.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private endProgress: (() => void) | undefined;
  private dismissedThisRun = false;

  constructor(private readonly corpus: CorpusSource) {
    this.item.name = 'Trade Brief';
    this.item.command = 'tradeBrief.showOutput';
    this.subscriptions.push(
      this.item,
      corpus.onDidChangeStatus((s) => this.update(s)),
      corpus.onDidChange(() => this.update(corpus.status())),
      vscode.languages.onDidChangeDiagnostics(() => this.update(corpus.status())),
    );
    this.update(corpus.status());
  }

  /** What the item shows now (for tests). */
  get text(): string {
    return this.item.text;
  }

  private update(status: EngineStatus | undefined): void {
    if (!status) {
      this.item.hide();
      this.stopProgress();
      return;
    }
    if (status.state === 'indexing') {
      this.item.text = '$(sync~spin) Trade Brief: indexing…';
      this.item.tooltip = status.message ?? 'Reading the source articles';
      this.item.backgroundColor = undefined;
      this.item.accessibilityInformation = { label: 'Trade Brief is indexing the sources' };
      this.watchSlowIndexing(status);
    } else {
      this.stopProgress();
      this.dismissedThisRun = false;
      const warnings = countWarnings();
      const summary = `${plural(status.documents, 'source')} · ${plural(status.events, 'event')} · ${plural(warnings, 'warning')}`;
      if (status.state === 'error') {
        this.item.text = '$(error) Trade Brief';
        this.item.tooltip = `Trade Brief could not index the sources: ${status.message ?? 'unknown error'}. Click for the log.`;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      } else {
        this.item.text = `$(book) ${summary}`;
        this.item.tooltip = `Trade Brief: ${summary}${status.problems ? `, ${plural(status.problems, 'source problem')}` : ''}. Click for the log.`;
        this.item.backgroundColor = undefined;
      }
      this.item.accessibilityInformation = { label: `Trade Brief: ${summary.replace(/ · /g, ', ')}` };
    }
    this.item.show();
  }

  private watchSlowIndexing(status: EngineStatus): void {
    if (this.endProgress) return; // already showing: the notification follows status events itself
    if (this.slowTimer || this.dismissedThisRun) return;
    this.slowTimer = setTimeout(() => {
      this.slowTimer = undefined;
      if (this.corpus.status()?.state === 'indexing') this.showProgress(status);
    }, SLOW_INDEXING_MS);
  }

  private showProgress(initial: EngineStatus): void {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Trade Brief: indexing sources', cancellable: true },
      (progress, token) =>
        new Promise<void>((resolve) => {
          const done = () => {
            sub.dispose();
            cancel.dispose();
            this.endProgress = undefined;
            resolve();
          };
          this.endProgress = done;
          const report = (s: EngineStatus) => progress.report({ message: s.message ?? (s.documents ? `${plural(s.documents, 'source')} so far` : undefined) });
          report(initial);
          const sub = this.corpus.onDidChangeStatus((s) => {
            if (s?.state === 'indexing') report(s);
          });
          const cancel = token.onCancellationRequested(() => {
            this.dismissedThisRun = true;
            // EngineClient has no cancel in its contract yet; use one if the implementation offers it.
            const client = this.corpus.current() as { cancelIndexing?: () => void } | undefined;
            client?.cancelIndexing?.();
            done();
          });
        }),
    );
  }

  private stopProgress(): void {
    if (this.slowTimer) clearTimeout(this.slowTimer);
    this.slowTimer = undefined;
    this.endProgress?.();
  }

  dispose(): void {
    this.stopProgress();
    for (const d of this.subscriptions) d.dispose();
  }
}
