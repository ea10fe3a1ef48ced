// Quick fixes for our warnings: replace with the corpus date (in the brief's style), open the
// source, or ignore the warning with a marker the writer can see. All go through edits the
// writer applies; the extension never writes a file itself.
import * as vscode from 'vscode';
import type { BriefDiagnostic } from '../core/types';
import { DIAGNOSTIC_SOURCE, type BriefDiagnostics } from './diagnostics';

export class BriefCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: BriefDiagnostics) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    // Our warnings in the range: as the context passes them, or (some hosts pass only those under
    // the cursor, or none) as our collection shows them.
    const passed = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const ours = passed.length ? passed : (this.diagnostics.collection.get(doc.uri) ?? []).filter((d) => d.range.intersection(range));
    const matchOf = (results: BriefDiagnostic[], diag: vscode.Diagnostic) => results.find((r) => r.start === doc.offsetAt(diag.range.start) && r.code === String(typeof diag.code === 'object' ? diag.code.value : diag.code));
    const last = this.diagnostics.lastResultsFor(doc);
    let results = last.results;
    // A warning shown whose results were since dropped or replaced (the document was closed and
    // opened again, the corpus changed) is checked again rather than offered no fix. Not while the
    // writer is typing (the results are of an older text): the debounced check comes anyway.
    const current = last.version === undefined || last.version === doc.version;
    if (current && ours.some((d) => !matchOf(results, d))) results = await this.diagnostics.recheck(doc);
    const pairs = ours.map((diag) => ({ diag, found: matchOf(results, diag) }));
    for (const { diag, found } of pairs) {
      if (!found) continue;
      if (found.replacement) {
        const fix = new vscode.CodeAction(`Replace with "${found.replacement}"`, vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        const range = new vscode.Range(doc.positionAt(found.replaceStart ?? found.start), doc.positionAt(found.replaceEnd ?? found.end));
        fix.edit.replace(doc.uri, range, found.replacement);
        fix.diagnostics = [diag];
        fix.isPreferred = true;
        actions.push(fix);
      }
      for (const s of found.sources.slice(0, 3)) {
        const open = new vscode.CodeAction(`Open source: ${s.file}:${s.line + 1}`, vscode.CodeActionKind.QuickFix);
        open.command = { command: 'tradeBrief.openSource', title: 'Open source', arguments: [s.path, s.line] };
        open.diagnostics = [diag];
        actions.push(open);
      }
      const ignore = new vscode.CodeAction('Ignore this warning (adds <!-- trade-brief-ignore -->)', vscode.CodeActionKind.QuickFix);
      ignore.edit = new vscode.WorkspaceEdit();
      const line = doc.lineAt(diag.range.start.line);
      ignore.edit.insert(doc.uri, line.range.end, doc.languageId === 'markdown' ? ' <!-- trade-brief-ignore -->' : ' <!-- trade-brief-ignore -->');
      ignore.diagnostics = [diag];
      actions.push(ignore);
    }
    return actions;
  }
}
