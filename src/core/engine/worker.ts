// Worker-thread host for one Engine: indexing and queries run here, off the extension host's
// main thread. Messages: {id, method, args} → {id, result} | {id, error}; {cancel: id} drops a
// request not yet started; progress and change events are posted as {event, ...}.
import { parentPort } from 'worker_threads';
import { forViews } from '../query/eventDates';
import { Engine, type EngineOptions } from './engine';

let engine: Engine | undefined;
let opening: Promise<Engine> | undefined;
let cancelled = false;
const dropped = new Set<number>();
const port = parentPort;

async function handle(method: string, args: unknown[]): Promise<unknown> {
  if (method === 'open') {
    cancelled = false;
    const options = args[0] as EngineOptions;
    opening = Engine.open({ ...options, writeCacheLater: true, onProgress: (done, total) => port?.postMessage({ event: 'progress', done, total }), isCancelled: () => cancelled });
    engine = await opening;
    engine.warm();
    // The editor is served from here on; the cache is written meanwhile, a chunk at a time.
    void engine.flushCache();
    return null;
  }
  if (method === 'cancelIndexing') {
    cancelled = true;
    return null;
  }
  const e = engine ?? (opening ? await opening : undefined);
  if (!e) throw new Error('the engine is not open');
  switch (method) {
    case 'snapshot':
      // The views never read the facts; copying hundreds of thousands of them to the extension
      // host would stall the editor, so they stay here.
      // Nor every sourced date of a busy event: a sample and a digest of them all.
      const s = e.snapshot();
      return { ...s, facts: [], events: s.events.map((ev) => forViews(ev)) };
    case 'summary': {
      const s = e.snapshot();
      return { documents: s.documents.length, events: s.events.length, entities: s.entities.length, problems: s.problems };
    }
    case 'hoverAt':
      return e.hoverAt(args[0] as string, args[1] as number);
    case 'complete':
      return e.complete(args[0] as string, args[1] as number, args[2] as never);
    case 'check':
      return e.check(args[0] as string, args[1] as never);
    case 'refreshFiles': {
      // A batch (a checkout, a folder of new articles) is taken in file by file and the views are
      // brought up to date once, not once per file.
      let changed = false;
      for (const file of args[0] as string[]) changed = (await e.refreshFile(file)) || changed;
      if (changed) {
        e.warm();
        port?.postMessage({ event: 'changed' });
      }
      return changed;
    }
    case 'flushCache':
      return e.flushCache();
    default:
      throw new Error(`unknown method ${method}`);
  }
}

port?.on('message', (msg: { id?: number; method?: string; args?: unknown[]; cancel?: number }) => {
  if (msg.cancel !== undefined) {
    dropped.add(msg.cancel);
    return;
  }
  const id = msg.id!;
  // Yield once so a cancel sent right after the request can still drop it.
  setImmediate(() => {
    if (dropped.delete(id)) return port?.postMessage({ id, cancelled: true });
    handle(msg.method!, msg.args ?? []).then(
      (result) => port?.postMessage({ id, result }),
      (err: Error) => port?.postMessage({ id, error: err.message }),
    );
  });
});
