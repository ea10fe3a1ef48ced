// Problems-panel warnings for every open brief: checked on open, as the writer types (debounced,
// stale runs cancelled), on save, and whenever the corpus changes.
import * as vscode from 'vscode';
import type { BriefDiagnostic } from '../core/types';
import { readSettings, type SeveritySetting } from './settings';
import type { WorkspaceEngines } from './workspaceEngines';

export const DIAGNOSTIC_SOURCE = 'Trade Brief';
const DEBOUNCE_MS = 300;

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The core's diagnostics of a brief's last check, and the version of the text they are of. */
const lastResults = new Map<string, { version: number; results: BriefDiagnostic[] }>();

export function isBrief(doc: vscode.TextDocument, engines: WorkspaceEngines): boolean {
  return (doc.languageId === 'markdown' || doc.languageId === 'plaintext') && doc.uri.scheme === 'file' && !engines.isSource(doc.uri);
}

export class BriefDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('tradeBrief');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, AbortController>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly engines: WorkspaceEngines, private readonly log: vscode.OutputChannel) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => readSettings(e.document.uri).checkOn === 'type' && this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        lastResults.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tradeBrief') && this.checkAll()),
      engines.onDidChange(() => this.checkAll()),
    );
    this.checkAll();
  }

  checkAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    if (!isBrief(doc, this.engines)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.check(doc), delay));
  }

  async check(doc: vscode.TextDocument): Promise<void> {
    const client = this.engines.clientFor(doc.uri);
    if (!client) return;
    const key = doc.uri.toString();
    this.running.get(key)?.abort();
    const abort = new AbortController();
    this.running.set(key, abort);
    const version = doc.version;
    const s = readSettings(doc.uri);
    try {
      const found = await client.check(doc.getText(), { ignoredEvents: s.ignoredEvents, reportUnsettled: s.reportUnsettled }, abort.signal);
      if (abort.signal.aborted || doc.version !== version || doc.isClosed) return;
      const kept = found.filter((d) => severityOf(d, s) !== 'off');
      lastResults.set(key, { version, results: kept });
      this.collection.set(doc.uri, kept.map((d) => toDiagnostic(doc, d, severityOf(d, s) as Exclude<SeveritySetting, 'off'>)));
    } catch (err) {
      if (!(err instanceof vscode.CancellationError)) this.log.appendLine(`check ${doc.uri.fsPath}: ${(err as Error).message}`);
    }
  }

  /**
   * The core's diagnostics behind a brief's warnings, for quick fixes: those of the last check, and
   * the text version they are of (none when the results were dropped, as on closing the document).
   */
  lastResultsFor(doc: vscode.TextDocument): { version?: number; results: BriefDiagnostic[] } {
    return lastResults.get(doc.uri.toString()) ?? { results: [] };
  }

  /** Checks the brief now and returns the results (for a warning shown that the last results lost). */
  async recheck(doc: vscode.TextDocument): Promise<BriefDiagnostic[]> {
    await this.check(doc);
    return this.lastResultsFor(doc).results;
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.running.forEach((a) => a.abort());
    this.disposables.forEach((d) => d.dispose());
    this.collection.dispose();
  }
}

function severityOf(d: BriefDiagnostic, s: ReturnType<typeof readSettings>): SeveritySetting {
  if (d.code === 'date-conflict') return s.dateConflictSeverity;
  if (d.code === 'weekday-mismatch') return s.weekdayMismatchSeverity;
  return 'information';
}

function toDiagnostic(doc: vscode.TextDocument, d: BriefDiagnostic, severity: Exclude<SeveritySetting, 'off'>): vscode.Diagnostic {
  const range = new vscode.Range(doc.positionAt(d.start), doc.positionAt(d.end));
  const diag = new vscode.Diagnostic(range, d.message, SEVERITY[severity]);
  diag.source = DIAGNOSTIC_SOURCE;
  diag.code = d.code;
  diag.relatedInformation = d.sources
    .filter((s) => s.path)
    .map((s) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.file(s.path), new vscode.Position(s.line, 0)), s.quote.slice(0, 200)));
  return diag;
}
