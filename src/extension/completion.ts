// Completion of events, dates and names. VS Code turns quick suggestions off in Markdown, so the
// manifest ships a Markdown-scoped default (configurationDefaults) that turns them on for prose,
// and digits trigger date completion after a month name.
import * as vscode from 'vscode';
import { signalOf } from './cancellation';
import { readSettings } from './settings';
import type { WorkspaceEngines } from './workspaceEngines';

const KIND = { event: vscode.CompletionItemKind.Event, date: vscode.CompletionItemKind.Constant, entity: vscode.CompletionItemKind.Reference };
export const TRIGGER_CHARACTERS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export class CorpusCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly engines: WorkspaceEngines) {}

  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionList | undefined> {
    const client = this.engines.clientFor(doc.uri);
    if (!client) return undefined;
    const found = await client.complete(doc.getText(), doc.offsetAt(pos), readSettings(doc.uri).dateStyle, signalOf(token)).catch(() => []);
    if (token.isCancellationRequested) return undefined;
    const items = found.map((s) => {
      const item = new vscode.CompletionItem({ label: s.label, description: s.detail }, KIND[s.kind]);
      item.detail = s.detail;
      item.documentation = new vscode.MarkdownString(s.documentation);
      item.insertText = s.insertText;
      item.range = new vscode.Range(doc.positionAt(s.replaceStart), doc.positionAt(s.replaceEnd));
      item.sortText = s.sortText;
      item.filterText = s.filterText;
      return item;
    });
    return new vscode.CompletionList(items, true);
  }
}
