// Sources read ahead on a worker thread, handed back in listing order. At a warm start the engine
// decodes its cache on its own thread meanwhile, so opening, reading and hashing 10,000 files
// no longer add to the time it takes. Without the worker (one core, no script) every read is
// done here, as before.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { coreCount } from './extractPool';
import { readSourceFile, type SourceRead } from './sourceFile';

/** Beside the compiled engine, both in out/ (tsc) and in dist/ (the bundles). */
const WORKER_SCRIPT = path.join(__dirname, 'readWorker.js');

/** Below this many sources a worker costs more to start than it saves. */
export const MIN_FILES_FOR_READ_AHEAD = 256;

/** Bytes the worker may have read ahead and not yet handed over (bounds the memory it costs). */
const BUDGET = 32 * 1024 * 1024;

/** Bytes taken before the worker is told it may read that much more. */
const ACK_EVERY = 1024 * 1024;

export class SourceReader {
  /** Reads received and not yet taken: ready[head..]. */
  private ready: SourceRead[] = [];
  private head = 0;
  private taken = 0;
  private unacked = 0;
  private waiting?: () => void;
  private failed = false;

  private constructor(
    private readonly files: string[],
    private readonly maxBytes: number,
    private worker?: Worker,
  ) {
    worker?.on('message', (batch: SourceRead[]) => {
      for (const r of batch) this.ready.push(r);
      this.wake();
    });
    const lost = () => {
      this.failed = true; // what it has not sent is read here
      this.worker = undefined;
      this.wake();
    };
    worker?.once('error', lost);
    worker?.once('exit', lost);
  }

  /** A reader for `files`, on a worker when there are enough of them and a core to spare. */
  static start(files: string[], maxBytes: number): SourceReader {
    if (files.length < MIN_FILES_FOR_READ_AHEAD || coreCount() < 2 || !fs.existsSync(WORKER_SCRIPT)) return new SourceReader(files, maxBytes);
    try {
      return new SourceReader(files, maxBytes, new Worker(WORKER_SCRIPT, { workerData: { files, maxBytes, budget: BUDGET } }));
    } catch {
      return new SourceReader(files, maxBytes);
    }
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  /** The next file of the list, read. */
  async next(): Promise<SourceRead> {
    const i = this.taken;
    if (i >= this.files.length) throw new Error('no more files to read');
    while (this.worker && !this.failed && this.head === this.ready.length) await new Promise<void>((resolve) => (this.waiting = resolve));
    this.taken++;
    if (this.head === this.ready.length) return readSourceFile(this.files[i], this.maxBytes); // no worker, or it was lost
    const read = this.ready[this.head];
    this.ready[this.head++] = undefined as unknown as SourceRead; // let its bytes go once used
    if (this.head === this.ready.length) {
      this.ready = [];
      this.head = 0;
    }
    this.unacked += read.bytes?.byteLength ?? 0;
    if (this.unacked >= ACK_EVERY && this.worker) {
      this.worker.postMessage(this.unacked);
      this.unacked = 0;
    }
    return read;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) {
      w.removeAllListeners();
      await w.terminate();
    }
  }
}
