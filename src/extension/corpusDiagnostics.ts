// Problems in files the writer maintains (the knowledge file, an article's front matter) appear in
// the Problems panel at their line, next to the output-channel line every corpus problem gets.
import * as path from 'path';
import * as vscode from 'vscode';
import type { CorpusProblem } from '../core/types';
import type { WorkspaceEngines } from './workspaceEngines';

const SEVERITY: Record<CorpusProblem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class CorpusDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('trade-brief-corpus');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly engines: WorkspaceEngines) {
    this.subscription = engines.onDidChange(() => this.publish());
    this.publish();
  }

  private publish(): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const client of this.engines.all()) {
      for (const p of client.problemsCache) {
        // Only problems that point into a file: a skipped binary has no line to show.
        const file = p.path ?? (path.isAbsolute(p.file) ? p.file : undefined);
        if (p.line === undefined || !file) continue;
        const at = new vscode.Position(p.line, p.column ?? 0);
        const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, SEVERITY[p.severity]);
        d.source = 'Trade Brief';
        d.code = 'corpus-problem';
        byFile.set(file, [...(byFile.get(file) ?? []), d]);
      }
    }
    this.collection.clear();
    for (const [file, diags] of byFile) this.collection.set(vscode.Uri.file(file), diags);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
