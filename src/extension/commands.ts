// Palette commands (category "Trade Brief"): rebuild, check all briefs, open a source at a
// line, show the output, insert an event, open or draft the knowledge file.
import * as path from 'path';
import * as vscode from 'vscode';
import { stringify } from 'yaml';
import { eventDateText } from '../core/query/complete';
import type { BriefDiagnostics } from './diagnostics';
import { isBrief } from './diagnostics';
import { readSettings } from './settings';
import type { WorkspaceEngines } from './workspaceEngines';

export function registerCommands(engines: WorkspaceEngines, diagnostics: BriefDiagnostics, log: vscode.OutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('tradeBrief.rebuildIndex', async () => {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Trade Brief: rebuilding the index' }, () => Promise.all(engines.all().map((c) => c.rebuild())));
      const s = engines.all().map((c) => c.status());
      return { documents: s.reduce((a, x) => a + x.documents, 0), events: s.reduce((a, x) => a + x.events, 0) };
    }),
    vscode.commands.registerCommand('tradeBrief.checkAllBriefs', async () => {
      const files = await vscode.workspace.findFiles('**/*.{md,txt}', '**/{node_modules,.git}/**', 2000);
      let checked = 0;
      for (const uri of files) {
        if (engines.isSource(uri)) continue;
        const doc = await vscode.workspace.openTextDocument(uri);
        if (!isBrief(doc, engines)) continue;
        await diagnostics.check(doc);
        checked++;
      }
      return checked;
    }),
    vscode.commands.registerCommand('tradeBrief.openSource', async (file: string, line = 0) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const pos = new vscode.Position(Math.min(line, doc.lineCount - 1), 0);
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, doc.lineAt(pos.line).range.end), preview: true });
    }),
    vscode.commands.registerCommand('tradeBrief.showOutput', () => log.show(true)),
    vscode.commands.registerCommand('tradeBrief.insertEvent', async () => {
      const editor = vscode.window.activeTextEditor;
      const client = engines.clientFor(editor?.document.uri);
      if (!editor || !client) return;
      const style = readSettings(editor.document.uri).dateStyle;
      const snap = await client.snapshot();
      const pick = await vscode.window.showQuickPick(
        snap.events.map((e) => ({ label: e.name, description: eventDateText(e, style), event: e })),
        { placeHolder: 'Event to insert' },
      );
      if (pick) await editor.edit((b) => b.insert(editor.selection.active, `${pick.label} (${pick.description})`));
    }),
    vscode.commands.registerCommand('tradeBrief.openKnowledgeFile', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return;
      const file = path.join(folder.uri.fsPath, readSettings(folder.uri).knowledgeFile);
      try {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        await vscode.window.showTextDocument(doc);
        return doc.uri.toString();
      } catch {
        // Not there yet: draft it, unsaved, from what was extracted; the analyst reviews and saves.
        const snap = await engines.clientFor(folder.uri)?.snapshot();
        const draft = {
          entities: (snap?.entities ?? []).filter((e) => e.kind !== 'place').slice(0, 200).map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases.filter((a) => a !== e.name), roles: [...new Set(e.roles.map((r) => r.role))] })),
          events: (snap?.events ?? []).slice(0, 200).map((e) => ({ name: e.name, kind: e.kind, dates: [...new Set(e.dates.map((d) => (d.from && d.to && d.from !== d.to ? `${d.from}/${d.to}` : d.value)))] })),
        };
        const header = `# Trade Brief knowledge file: correct or add entities and events; curated entries outrank extracted ones.\n# Save as ${readSettings(folder.uri).knowledgeFile} at the workspace root.\n`;
        const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: header + stringify(draft) });
        await vscode.window.showTextDocument(doc);
        return doc.uri.toString();
      }
    }),
  ];
}
