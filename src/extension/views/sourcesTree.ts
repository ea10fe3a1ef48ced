// Sources view: one row per article with its date and how that date was found, so an analyst
// sees at a glance which articles the checks cannot anchor. Problems hang under their file.
import * as path from 'path';
import * as vscode from 'vscode';
import type { DocumentInfo } from '../../core/api';
import type { CorpusProblem } from '../../core/types';
import type { CorpusSource } from './corpusSource';
import { OPEN_REF_COMMAND } from './openRef';
import { plural } from './viewModel';

export type SourceNode =
  | { type: 'source'; doc: DocumentInfo; problems: CorpusProblem[] }
  | { type: 'problem'; problem: CorpusProblem; absPath?: string }; // problems with no indexed document sit at top level

const HOW_FOUND: Record<DocumentInfo['dateSource'], string> = {
  'front-matter': 'front matter',
  'page-metadata': 'page metadata',
  dateline: 'dateline',
  inferred: 'inferred',
  unknown: 'date unknown',
};

export class SourcesTree implements vscode.TreeDataProvider<SourceNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: CorpusSource) {
    corpus.onDidChange(() => this.changed.fire());
  }

  async getChildren(node?: SourceNode): Promise<SourceNode[]> {
    if (node) return node.type === 'source' ? node.problems.map((problem) => ({ type: 'problem', problem, absPath: node.doc.path })) : [];
    const snap = await this.corpus.snapshot();
    const byFile = new Map<string, CorpusProblem[]>();
    for (const p of snap.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    const docs = [...snap.documents].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.file.localeCompare(b.file));
    const known = new Set(docs.map((d) => d.file));
    const orphans: SourceNode[] = snap.problems
      .filter((p) => !known.has(p.file))
      .map((problem) => ({ type: 'problem', problem }));
    return [...orphans, ...docs.map((doc): SourceNode => ({ type: 'source', doc, problems: byFile.get(doc.file) ?? [] }))];
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    if (node.type === 'problem') {
      const p = node.problem;
      const item = new vscode.TreeItem(p.message, vscode.TreeItemCollapsibleState.None);
      item.description = node.absPath ? (p.line !== undefined ? `line ${p.line + 1}` : undefined) : p.file;
      item.iconPath = new vscode.ThemeIcon(
        p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warning' : 'info',
        new vscode.ThemeColor(p.severity === 'error' ? 'problemsErrorIcon.foreground' : p.severity === 'warning' ? 'problemsWarningIcon.foreground' : 'problemsInfoIcon.foreground'),
      );
      item.tooltip = `${p.file}${p.line !== undefined ? `:${p.line + 1}` : ''}\n${p.message}`;
      item.contextValue = 'tradeBrief.problem';
      if (node.absPath) {
        item.command = { command: OPEN_REF_COMMAND, title: 'Open', arguments: [{ path: node.absPath, line: p.line ?? 0 }] };
      }
      return item;
    }
    const { doc, problems } = node;
    const item = new vscode.TreeItem(
      doc.title || path.basename(doc.file),
      problems.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `source:${doc.path}`;
    item.resourceUri = vscode.Uri.file(doc.path);
    item.description = `${doc.date ?? 'no date'} · ${HOW_FOUND[doc.dateSource]}`;
    const flagged = doc.dateSource === 'unknown' || problems.length > 0;
    item.iconPath = flagged
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : new vscode.ThemeIcon(doc.dateSource === 'inferred' ? 'question' : 'file-text');
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`**${escapeMd(doc.title || doc.file)}**\n\n`);
    tip.appendMarkdown(`\`${doc.file}\`${doc.outlet ? ` · ${escapeMd(doc.outlet)}` : ''}\n\n`);
    tip.appendMarkdown(`Date: ${doc.date ?? 'unknown'} — ${escapeMd(doc.dateNote || HOW_FOUND[doc.dateSource])}\n\n`);
    tip.appendMarkdown(`${plural(doc.facts, 'dated fact')}`);
    if (doc.dateSource === 'unknown') tip.appendMarkdown('\n\n$(warning) No date found: relative dates in this article ("on Thursday") cannot be checked. Add `date:` front matter.');
    if (problems.length) tip.appendMarkdown(`\n\n$(warning) ${plural(problems.length, 'problem')}`);
    item.tooltip = tip;
    item.contextValue = flagged ? 'tradeBrief.source.flagged' : 'tradeBrief.source';
    item.command = { command: 'vscode.open', title: 'Open source', arguments: [item.resourceUri] };
    return item;
  }
}

export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
