// Activation: one engine per workspace folder (in a worker), and the thin adapters over it.
import * as vscode from 'vscode';
import { BriefCodeActions } from './codeActions';
import { CorpusDiagnostics } from './corpusDiagnostics';
import { registerCommands } from './commands';
import { CorpusCompletionProvider, TRIGGER_CHARACTERS } from './completion';
import { BriefDiagnostics } from './diagnostics';
import { CorpusHoverProvider } from './hover';
import { registerWorkspaceViews } from './views/index';
import { WorkspaceEngines } from './workspaceEngines';

export interface TradeBriefApi {
  engines: WorkspaceEngines;
  whenIndexed(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): TradeBriefApi {
  const log = vscode.window.createOutputChannel('Trade Brief');
  const engines = new WorkspaceEngines(context, log);
  const diagnostics = new BriefDiagnostics(engines, log);
  const selector: vscode.DocumentSelector = [
    { language: 'markdown', scheme: 'file' },
    { language: 'plaintext', scheme: 'file' },
  ];
  context.subscriptions.push(
    log,
    engines,
    diagnostics,
    new CorpusDiagnostics(engines),
    vscode.languages.registerHoverProvider(selector, new CorpusHoverProvider(engines)),
    vscode.languages.registerCompletionItemProvider(selector, new CorpusCompletionProvider(engines), ...TRIGGER_CHARACTERS),
    vscode.languages.registerCodeActionsProvider(selector, new BriefCodeActions(diagnostics), { providedCodeActionKinds: BriefCodeActions.kinds }),
    ...registerCommands(engines, diagnostics, log),
  );
  try {
    context.subscriptions.push(registerWorkspaceViews(context, (uri) => engines.clientFor(uri)));
  } catch (err) {
    log.appendLine(`views could not start: ${(err as Error).message}`);
  }
  return { engines, whenIndexed: async () => void (await Promise.all(engines.all().map((c) => c.whenReady()))) };
}

export function deactivate(): void {
  // Everything is in context.subscriptions: VS Code disposes workers and watchers.
}
