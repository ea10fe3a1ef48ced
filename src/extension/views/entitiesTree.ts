// People, Organisations and Places views: one provider, filtered by entity kind. Each entity shows
// the roles the sources give it; its children are the quotes that name it, opening at their line.
import * as vscode from 'vscode';
import { distinctRoles } from '../../core/query/roles';
import type { Entity, SourceRef } from '../../core/types';
import type { CorpusSource } from './corpusSource';
import { OPEN_REF_COMMAND } from './openRef';
import { escapeMd } from './sourcesTree';
import { plural } from './viewModel';

export type EntityNode = { type: 'entity'; entity: Entity } | { type: 'ref'; entity: Entity; ref: SourceRef; index: number };

const ICONS: Record<Entity['kind'], string> = { person: 'person', organization: 'organization', place: 'location', thing: 'symbol-misc' };

export class EntitiesTree implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly corpus: CorpusSource,
    private readonly kind: Entity['kind'],
  ) {
    corpus.onDidChange(() => this.changed.fire());
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (node) {
      return node.type === 'entity' ? node.entity.refs.map((ref, index) => ({ type: 'ref', entity: node.entity, ref, index })) : [];
    }
    const snap = await this.corpus.snapshot();
    return snap.entities
      .filter((e) => e.kind === this.kind)
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
      .map((entity) => ({ type: 'entity', entity }));
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.type === 'ref') return refItem(node.ref, `ref:${node.entity.id}:${node.index}`);
    const e = node.entity;
    const item = new vscode.TreeItem(e.name, e.refs.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `entity:${e.id}`;
    const roles = distinctRoles(e.roles);
    item.description = roles.length ? roles.join('; ') : plural(e.files.length, 'source');
    item.iconPath = new vscode.ThemeIcon(ICONS[e.kind]);
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**${escapeMd(e.name)}**${e.curated ? ' (curated)' : ''}\n\n`);
    if (e.aliases.length) tip.appendMarkdown(`Also: ${e.aliases.map(escapeMd).join(', ')}\n\n`);
    for (const r of roles) tip.appendMarkdown(`- ${escapeMd(r)}\n`);
    tip.appendMarkdown(`\n${plural(e.mentions, 'mention')} in ${plural(e.files.length, 'source')}`);
    if (e.notes) tip.appendMarkdown(`\n\n${escapeMd(e.notes)}`);
    item.tooltip = tip;
    item.contextValue = 'tradeBrief.entity';
    return item;
  }
}

/** A quote row: the quote as label, file:line as description, opens the source there. */
export function refItem(ref: SourceRef, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(oneLine(ref.quote), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = `${ref.file}:${ref.line + 1}`;
  item.tooltip = `${ref.quote}\n\n${ref.file}:${ref.line + 1}`;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'tradeBrief.ref';
  item.command = { command: OPEN_REF_COMMAND, title: 'Open source at quote', arguments: [ref] };
  return item;
}

export function oneLine(s: string, max = 120): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
