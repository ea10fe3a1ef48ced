// Quick fixes for our warnings: replace with the corpus date (in the brief's style), open the
// source, or ignore the warning with a marker the writer can see. All go through edits the
// writer applies; the extension never writes a file itself.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, lastResults } from './diagnostics';

export class BriefCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const results = lastResults.get(doc.uri.toString()) ?? [];
    const actions: vscode.CodeAction[] = [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    // The context can arrive without our diagnostics (some hosts pass only those under the cursor):
    // the engine's results for the range are the same facts, so fall back to them.
    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    const pairs = ours.length
      ? ours.map((diag) => ({ diag, found: results.find((r) => r.start === doc.offsetAt(diag.range.start) && r.code === String(typeof diag.code === 'object' ? diag.code.value : diag.code)) }))
      : results.filter((r) => r.start <= to && r.end >= from).map((found) => ({ diag: undefined as vscode.Diagnostic | undefined, found }));
    for (const { diag: maybeDiag, found } of pairs) {
      if (!found) continue;
      const diag = maybeDiag ?? new vscode.Diagnostic(new vscode.Range(doc.positionAt(found.start), doc.positionAt(found.end)), found.message);
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
