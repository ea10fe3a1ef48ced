// Events view: events by month, each with the date the analyst would quote and how many sources
// back it; children are every sourced date with its quote, so disagreements are visible.
import * as vscode from 'vscode';
import type { DateStyle } from '../../core/api';
import type { CorpusEvent, EventDate } from '../../core/types';
import type { CorpusSource } from './corpusSource';
import { oneLine } from './entitiesTree';
import { OPEN_REF_COMMAND } from './openRef';
import { escapeMd } from './sourcesTree';
import { dateCount, formatEventDate, groupByMonth, type MonthGroup, plural, preferredDate, sourceCount, sourcesDisagree } from './viewModel';

export type EventNode =
  | { type: 'month'; group: MonthGroup }
  | { type: 'event'; event: CorpusEvent }
  | { type: 'date'; event: CorpusEvent; date: EventDate; index: number };

export function dateStyle(uri?: vscode.Uri): DateStyle {
  return vscode.workspace.getConfiguration('tradeBrief', uri).get<DateStyle>('dateStyle', 'D MMMM YYYY');
}

export class EventsTree implements vscode.TreeDataProvider<EventNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: CorpusSource) {
    corpus.onDidChange(() => this.changed.fire());
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tradeBrief.dateStyle')) this.changed.fire();
    });
  }

  async getChildren(node?: EventNode): Promise<EventNode[]> {
    if (!node) return groupByMonth((await this.corpus.snapshot()).events).map((group) => ({ type: 'month', group }));
    if (node.type === 'month') return node.group.events.map((event) => ({ type: 'event', event }));
    if (node.type === 'event') return node.event.dates.map((date, index) => ({ type: 'date', event: node.event, date, index }));
    return [];
  }

  getTreeItem(node: EventNode): vscode.TreeItem {
    const style = dateStyle();
    if (node.type === 'month') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `month:${node.group.key}`;
      item.description = plural(node.group.events.length, 'event');
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'tradeBrief.month';
      return item;
    }
    if (node.type === 'date') {
      const d = node.date;
      const item = new vscode.TreeItem(formatEventDate(d, style), vscode.TreeItemCollapsibleState.None);
      item.id = `eventDate:${node.event.id}:${node.index}`;
      item.description = `${d.file}:${d.line + 1} — ${oneLine(d.quote, 80)}`;
      item.tooltip = `${d.quote}\n\n${d.file}:${d.line + 1}${d.curated ? ' (curated)' : ''}`;
      item.iconPath = new vscode.ThemeIcon(d.curated ? 'pinned' : 'quote');
      item.contextValue = 'tradeBrief.eventDate';
      item.command = { command: OPEN_REF_COMMAND, title: 'Open source at quote', arguments: [d] };
      return item;
    }
    const ev = node.event;
    const item = new vscode.TreeItem(ev.name, ev.dates.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `event:${ev.id}`;
    const best = preferredDate(ev);
    const files = sourceCount(ev);
    const disagree = sourcesDisagree(ev);
    item.description = `${best ? formatEventDate(best, style) : 'undated'} · ${plural(files, 'source')}${disagree ? ' · sources disagree' : ''}`;
    item.iconPath = disagree
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : new vscode.ThemeIcon('symbol-event');
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**${escapeMd(ev.name)}** — ${ev.kind}\n\n`);
    if (ev.aliases.length) tip.appendMarkdown(`Also: ${ev.aliases.map(escapeMd).join(', ')}\n\n`);
    for (const d of ev.dates) tip.appendMarkdown(`- ${escapeMd(formatEventDate(d, style))} — \`${d.file}:${d.line + 1}\`\n`);
    if (dateCount(ev) > ev.dates.length) tip.appendMarkdown(`- … and ${dateCount(ev) - ev.dates.length} more\n`);
    if (disagree) tip.appendMarkdown('\nThe sources give dates that cannot all be right.');
    item.tooltip = tip;
    item.contextValue = 'tradeBrief.event';
    return item;
  }
}
