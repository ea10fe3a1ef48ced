// VS Code cancels a provider through a token; the engine client takes an AbortSignal.
import * as vscode from 'vscode';

export function signalOf(token: vscode.CancellationToken): AbortSignal {
  const abort = new AbortController();
  if (token.isCancellationRequested) abort.abort();
  else {
    const sub = token.onCancellationRequested(() => {
      abort.abort();
      sub.dispose();
    });
  }
  return abort.signal;
}
