// "Insert into brief": puts an entity's name, or an event's name and date in the analyst's date
// style, at the cursor of the brief being written. Without an argument it offers a quick pick.
import * as vscode from 'vscode';
import type { Entity, CorpusEvent } from '../../core/types';
import type { CorpusSource } from './corpusSource';
import type { EntityNode } from './entitiesTree';
import { dateStyle, type EventNode } from './eventsTree';
import { formatEventDate, preferredDate } from './viewModel';

export const INSERT_ITEM_COMMAND = 'tradeBrief.insertItem';

type Insertable = { entity: Entity } | { event: CorpusEvent };

export function insertText(item: Insertable, uri?: vscode.Uri): string {
  if ('entity' in item) return item.entity.name;
  const date = preferredDate(item.event);
  return date ? `${item.event.name} (${formatEventDate(date, dateStyle(uri))})` : item.event.name;
}

/** The editor to write into: the active one, else a visible Markdown editor (focus may be in a view). */
function targetEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown') ?? vscode.window.visibleTextEditors[0];
}

export async function insertItem(corpus: CorpusSource, node?: EntityNode | EventNode): Promise<string | undefined> {
  let item: Insertable | undefined;
  if (node?.type === 'entity') item = { entity: node.entity };
  else if (node?.type === 'event') item = { event: node.event };
  else item = await pick(corpus);
  if (!item) return undefined;
  const editor = targetEditor();
  if (!editor) {
    void vscode.window.showInformationMessage('Open your brief first: "Insert into brief" writes at its cursor.');
    return undefined;
  }
  const text = insertText(item, editor.document.uri);
  const ok = await editor.edit((edit) => {
    for (const sel of editor.selections) edit.replace(sel, text);
  });
  if (!ok) return undefined;
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  return text;
}

async function pick(corpus: CorpusSource): Promise<Insertable | undefined> {
  const snap = await corpus.snapshot();
  type Pick = vscode.QuickPickItem & { item: Insertable };
  const style = dateStyle();
  const items: Pick[] = [
    ...snap.events.map((event): Pick => {
      const d = preferredDate(event);
      return { label: `$(symbol-event) ${event.name}`, description: d ? formatEventDate(d, style) : undefined, item: { event } };
    }),
    ...snap.entities
      .filter((e) => e.kind !== 'thing')
      .map((entity): Pick => ({ label: `$(${entity.kind === 'person' ? 'person' : entity.kind === 'place' ? 'location' : 'organization'}) ${entity.name}`, description: entity.kind, item: { entity } })),
  ];
  if (!items.length) {
    void vscode.window.showInformationMessage('No events or names indexed yet. Add articles to the sources folder.');
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Insert an event or a name into the brief', matchOnDescription: true }))?.item;
}
