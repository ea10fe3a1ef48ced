// The timeline webview panel: one per window, redrawn when the corpus, the active brief or its
// warnings change. Clicking an event opens its first source at the quoted line.
import * as crypto from 'crypto';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CorpusEvent } from '../../core/types';
import type { CorpusSource } from './corpusSource';
import { dateStyle } from './eventsTree';
import { openRef } from './openRef';
import { DIAGNOSTIC_SOURCE } from './statusBar';
import { timelineHtml } from './timelineHtml';
import { buildTimelineModel, type TimelineModel } from './timelineModel';

export const SHOW_TIMELINE_COMMAND = 'tradeBrief.showTimeline';
const VIEW_TYPE = 'tradeBrief.timeline';

export interface TimelineResult {
  eventCount: number;
  citedCount: number;
  conflictCount: number;
}

export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private brief: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The model last sent to the page, for tests and for opening sources. */
  lastModel: TimelineModel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly corpus: CorpusSource,
  ) {
    this.trackBrief(vscode.window.activeTextEditor);
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.trackBrief(e)) this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.brief?.toString()) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.brief && e.uris.some((u) => u.toString() === this.brief?.toString())) this.schedule();
      }),
      corpus.onDidChange(() => this.schedule()),
    );
  }

  /** A brief is a Markdown (or plain text) document outside the corpus folders. */
  private trackBrief(editor: vscode.TextEditor | undefined): boolean {
    const doc = editor?.document;
    if (!doc || (doc.languageId !== 'markdown' && doc.languageId !== 'plaintext')) return false;
    if (/[\\/](sources|corpus)[\\/]/.test(doc.uri.fsPath)) return false;
    if (doc.uri.toString() === this.brief?.toString()) return false;
    this.brief = doc.uri;
    return true;
  }

  async show(): Promise<TimelineResult> {
    if (this.panel) {
      this.panel.reveal(undefined, false);
    } else {
      this.panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        'Trade Brief Timeline',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] },
      );
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon-activity.svg');
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
      this.panel.webview.onDidReceiveMessage((msg: { type?: string; id?: string }) => {
        if (msg?.type === 'open' && typeof msg.id === 'string') void this.openEvent(msg.id);
      });
    }
    const model = await this.model();
    this.panel.webview.html = this.html(this.panel.webview, model);
    return summarise(model);
  }

  private html(webview: vscode.Webview, model: TimelineModel): string {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media', 'timeline');
    return timelineHtml({
      cspSource: webview.cspSource,
      nonce: crypto.randomBytes(16).toString('base64'),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.js')).toString(),
      model,
    });
  }

  private schedule(): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.model().then((model) => this.panel?.webview.postMessage({ type: 'model', model }));
    }, 250);
  }

  private async model(): Promise<TimelineModel> {
    const snapshot = await this.corpus.snapshot();
    const doc = this.brief && vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.brief?.toString());
    const model = buildTimelineModel({
      snapshot,
      style: dateStyle(this.brief),
      briefName: doc ? path.basename(doc.uri.fsPath) : undefined,
      briefText: doc?.getText(),
      conflictEventIds: doc ? this.conflictEvents(doc.uri, snapshot.events) : undefined,
    });
    this.lastModel = model;
    return model;
  }

  /** Events a Trade Brief warning on the brief is about: named in its message, or its evidence points at their quotes. */
  private conflictEvents(uri: vscode.Uri, events: readonly CorpusEvent[]): Set<string> {
    const diags = vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const ids = new Set<string>();
    for (const d of diags) {
      const message = d.message.toLowerCase();
      const related = (d.relatedInformation ?? []).map((r) => `${r.location.uri.fsPath}#${r.location.range.start.line}`);
      for (const ev of events) {
        const named = [ev.name, ...ev.aliases].some((n) => n.length >= 3 && message.includes(n.toLowerCase()));
        const evidence = ev.dates.some((x) => related.includes(`${x.path}#${x.line}`));
        if (named || evidence) ids.add(ev.id);
      }
    }
    return ids;
  }

  private async openEvent(id: string): Promise<void> {
    const snapshot = await this.corpus.snapshot();
    const first = snapshot.events.find((e) => e.id === id)?.dates[0];
    if (first) await openRef(first);
  }

  /** The open panel's webview, for tests. */
  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}

export function summarise(model: TimelineModel): TimelineResult {
  return {
    eventCount: model.events.length,
    citedCount: model.events.filter((e) => e.cited).length,
    conflictCount: model.events.filter((e) => e.conflict).length,
  };
}
