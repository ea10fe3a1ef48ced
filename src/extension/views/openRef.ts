// Opens a source article at the place a quote came from. Shared by the trees and the timeline.
import * as vscode from 'vscode';

export const OPEN_REF_COMMAND = 'tradeBrief.openRef';

/** Enough of a SourceRef / EventDate to find the spot again. */
export interface RefTarget {
  path: string;
  line: number; // 0-based
  start?: number;
  end?: number;
  quote?: string;
}

export async function openRef(target: RefTarget): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(target.path));
  const line = Math.min(Math.max(target.line, 0), Math.max(doc.lineCount - 1, 0));
  let selection = new vscode.Range(line, 0, line, doc.lineAt(line).text.length);
  // Offsets are into the decoded article; use them only when they still land on the quote
  // (an HTML source or an edited file would put them elsewhere).
  if (target.start !== undefined && target.end !== undefined && target.end > target.start) {
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    const head = (target.quote ?? '').trim().slice(0, 20);
    if (range.start.line === line && (!head || doc.getText(range).includes(head))) selection = range;
  }
  return vscode.window.showTextDocument(doc, {
    selection,
    preview: true,
    viewColumn: vscode.ViewColumn.One,
  });
}
