// Hover cards rendered from the engine's HoverCard: title, roles, counts and a short timeline of
// quotes, each linking to the source at its line.
import * as vscode from 'vscode';
import { signalOf } from './cancellation';
import type { HoverCard } from '../core/api';
import type { WorkspaceEngines } from './workspaceEngines';

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}

export function renderCard(card: HoverCard): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: ['tradeBrief.openSource'] };
  md.appendMarkdown(`**${escape(card.title)}**`);
  if (card.subtitle) md.appendMarkdown(`  \n${escape(card.subtitle)}`);
  for (const l of card.lines) md.appendMarkdown(`  \n${escape(l)}`);
  if (card.timeline.length) md.appendMarkdown('\n\n---\n');
  for (const t of card.timeline) {
    const args = encodeURIComponent(JSON.stringify([t.source.path, t.source.line]));
    const quote = t.quote.replace(/\s+/g, ' ').slice(0, 180);
    md.appendMarkdown(`\n- **${escape(t.label)}** — “${escape(quote)}” [${escape(t.source.file)}:${t.source.line + 1}](command:tradeBrief.openSource?${args})`);
  }
  return md;
}

export class CorpusHoverProvider implements vscode.HoverProvider {
  constructor(private readonly engines: WorkspaceEngines) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const client = this.engines.clientFor(doc.uri);
    if (!client) return undefined;
    const card = await client.hoverAt(doc.getText(), doc.offsetAt(pos), signalOf(token)).catch(() => null);
    if (!card || token.isCancellationRequested) return undefined;
    return new vscode.Hover(renderCard(card), new vscode.Range(doc.positionAt(card.start), doc.positionAt(card.end)));
  }
}
