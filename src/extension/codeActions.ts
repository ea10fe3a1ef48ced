// Quick fixes for our warnings: replace with the corpus date (in the brief's style), open the
// source, or ignore the warning with a marker the writer can see. All go through edits the
// writer applies; the extension never writes a file itself.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, lastResults } from './diagnostics';

export class BriefCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const results = lastResults.get(doc.uri.toString()) ?? [];
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      if (diag.source !== DIAGNOSTIC_SOURCE) continue;
      const start = doc.offsetAt(diag.range.start);
      const found = results.find((r) => r.start === start && r.code === diag.code);
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
