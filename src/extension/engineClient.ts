// What the VS Code adapters (providers, views, commands) may ask of the corpus engine.
// The implementation runs the engine off the extension host's main thread; every call is async
// and takes an optional cancellation signal so providers can honour their tokens.
import type * as vscode from 'vscode';
import type { CheckOptions, CompletionSuggestion, CorpusSnapshot, DateStyle, HoverCard } from '../core/api';
import type { BriefDiagnostic } from '../core/types';

export interface EngineStatus {
  state: 'idle' | 'indexing' | 'ready' | 'error';
  documents: number;
  events: number;
  entities: number;
  problems: number;
  message?: string;
}

export interface EngineClient extends vscode.Disposable {
  /** Fires after the corpus (or the knowledge file) changed and the index was updated. */
  readonly onDidChange: vscode.Event<void>;
  readonly onDidChangeStatus: vscode.Event<EngineStatus>;
  status(): EngineStatus;
  snapshot(signal?: AbortSignal): Promise<CorpusSnapshot>;
  hoverAt(text: string, offset: number, signal?: AbortSignal): Promise<HoverCard | null>;
  complete(text: string, offset: number, style: DateStyle, signal?: AbortSignal): Promise<CompletionSuggestion[]>;
  check(text: string, options?: CheckOptions, signal?: AbortSignal): Promise<BriefDiagnostic[]>;
  /** Rebuild the whole index from disk. */
  rebuild(): Promise<void>;
}
