// Entry point of the analyst's workspace UI: the Trade Brief sidebar, the timeline, the status
// bar item and the first-steps commands. extension.ts calls registerWorkspaceViews once.
import * as vscode from 'vscode';
import type { EngineClient } from '../engineClient';
import { CorpusSource } from './corpusSource';
import { EntitiesTree } from './entitiesTree';
import { EventsTree } from './eventsTree';
import { INSERT_ITEM_COMMAND, insertItem } from './insertItem';
import { createSourcesFolder, newBrief, watchCorpusFolders } from './onboarding';
import { OPEN_REF_COMMAND, openRef, type RefTarget } from './openRef';
import { SourcesTree } from './sourcesTree';
import { WorkspaceStatus } from './statusBar';
import { SHOW_TIMELINE_COMMAND, TimelinePanel } from './timelinePanel';

export const VIEW_IDS = {
  sources: 'tradeBrief.sources',
  people: 'tradeBrief.people',
  organisations: 'tradeBrief.organisations',
  places: 'tradeBrief.places',
  events: 'tradeBrief.events',
} as const;

/** A tree row as the internal test hook reports it. */
export interface TreeItemSnapshot {
  id?: string;
  label: string;
  description?: string;
  contextValue?: string;
  /** Where selecting the row opens a source, when it does. */
  target?: { path: string; line: number };
  children?: TreeItemSnapshot[];
}

export function registerWorkspaceViews(
  context: vscode.ExtensionContext,
  clientFor: (uri?: vscode.Uri) => EngineClient | undefined,
): vscode.Disposable {
  const corpus = new CorpusSource(clientFor);
  const providers = {
    [VIEW_IDS.sources]: new SourcesTree(corpus),
    [VIEW_IDS.people]: new EntitiesTree(corpus, 'person'),
    [VIEW_IDS.organisations]: new EntitiesTree(corpus, 'organization'),
    [VIEW_IDS.places]: new EntitiesTree(corpus, 'place'),
    [VIEW_IDS.events]: new EventsTree(corpus),
  } as Record<string, vscode.TreeDataProvider<unknown>>;
  const timeline = new TimelinePanel(context.extensionUri, corpus);
  const status = new WorkspaceStatus(corpus);

  const disposables: vscode.Disposable[] = [corpus, timeline, status, watchCorpusFolders()];
  for (const [id, provider] of Object.entries(providers)) {
    disposables.push(vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: id !== VIEW_IDS.sources }));
  }
  disposables.push(
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, () => timeline.show()),
    vscode.commands.registerCommand(INSERT_ITEM_COMMAND, (node?: Parameters<typeof insertItem>[1]) => insertItem(corpus, node)),
    vscode.commands.registerCommand(OPEN_REF_COMMAND, (target: RefTarget) => openRef(target)),
    vscode.commands.registerCommand('tradeBrief.refreshViews', () => corpus.refresh()),
    vscode.commands.registerCommand('tradeBrief.createSourcesFolder', () => createSourcesFolder()),
    vscode.commands.registerCommand('tradeBrief.newBrief', () => newBrief(context.extensionUri)),
    // Internal hooks for the integration tests (not contributed, not in the palette).
    vscode.commands.registerCommand('tradeBrief._test.treeItems', (viewId: string) => readTree(providers[viewId])),
    vscode.commands.registerCommand('tradeBrief._test.timeline', () => ({
      open: !!timeline.webviewPanel,
      viewType: timeline.webviewPanel?.viewType,
      model: timeline.lastModel,
    })),
    vscode.commands.registerCommand('tradeBrief._test.statusText', () => status.text),
  );
  return vscode.Disposable.from(...disposables);
}

/** Every row of a tree, three levels deep at most (month → event → date is the deepest). */
async function readTree(provider: vscode.TreeDataProvider<unknown> | undefined, parent?: unknown, depth = 0): Promise<TreeItemSnapshot[]> {
  if (!provider) throw new Error('unknown view id');
  const nodes = (await provider.getChildren(parent)) ?? [];
  const out: TreeItemSnapshot[] = [];
  for (const node of nodes) {
    const item = await provider.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    const row: TreeItemSnapshot = { id: item.id, label, description: typeof item.description === 'string' ? item.description : undefined, contextValue: item.contextValue };
    if (item.command?.command === OPEN_REF_COMMAND) {
      const { path, line } = item.command.arguments?.[0] as RefTarget;
      row.target = { path, line };
    }
    if (depth < 2 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) row.children = await readTree(provider, node, depth + 1);
    out.push(row);
  }
  return out;
}
