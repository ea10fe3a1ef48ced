// Extraction spread over worker threads and the calling thread. Results are handed back by job
// index, so the caller can add documents in listing order whatever order they finish in.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { restore, type PackedEntry } from './cache';
import { extractSource, type ExtractJob, type ExtractResult } from './extractSource';

/** A worker's answer for job i: an entry packed as in the cache with its text, or problems only. */
export type WorkerAnswer = { i: number; text: string; packed: string } | { i: number; result: ExtractResult };

function resultOf(answer: WorkerAnswer): ExtractResult {
  if ('result' in answer) return answer.result;
  return { entry: restore(JSON.parse(answer.packed) as PackedEntry, answer.text), problems: [] };
}

/** Beside the compiled engine, both in out/ (tsc) and in dist/ (the bundles). */
const WORKER_SCRIPT = path.join(__dirname, 'extractWorker.js');

/** Below this many sources to extract, starting workers costs more than it saves. */
export const MIN_JOBS_FOR_POOL = 64;

/** Jobs a worker holds at once. */
const AHEAD = 16;

/** The cores this process may use. */
export function coreCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export class ExtractPool {
  private constructor(private workers: Worker[]) {}

  /** One worker per core beyond the caller's own, up to `max`; none when the script is missing. */
  static open(max = 7): ExtractPool | undefined {
    const count = Math.min(max, coreCount() - 1);
    if (count < 1 || !fs.existsSync(WORKER_SCRIPT)) return undefined;
    try {
      return new ExtractPool(Array.from({ length: count }, () => new Worker(WORKER_SCRIPT)));
    } catch {
      return undefined;
    }
  }

  /**
   * Extracts every job, on the workers and on this thread in turn; `done(i, result)` is called as
   * each finishes. Stops handing out jobs once `isCancelled` says so. A worker that fails has its
   * job done here instead.
   */
  run(jobs: ExtractJob[], done: (i: number, result: ExtractResult) => void, isCancelled: () => boolean = () => false): Promise<void> {
    let next = 0;
    let outstanding = 0;
    return new Promise((resolve) => {
      let mainDone = false;
      const finish = () => {
        if (mainDone && outstanding === 0) {
          for (const w of this.workers) w.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
          resolve();
        }
      };
      // A worker holds a few jobs ahead: it answers while this thread is busy with a job of its
      // own, and would otherwise wait for it to hand out the next.
      const queued = new Map<Worker, number[]>();
      const feed = (w: Worker) => {
        const mine = queued.get(w) ?? [];
        queued.set(w, mine);
        while (mine.length < AHEAD && next < jobs.length && !isCancelled()) {
          const i = next++;
          outstanding++;
          mine.push(i);
          w.postMessage({ i, job: jobs[i] });
        }
      };
      for (const w of this.workers) {
        w.on('message', (msg: WorkerAnswer) => {
          const mine = queued.get(w)!;
          mine.splice(mine.indexOf(msg.i), 1);
          outstanding--;
          done(msg.i, resultOf(msg));
          feed(w);
          finish();
        });
        const lost = () => {
          // The worker is gone: the jobs it held are done here, and it gets no more.
          this.workers = this.workers.filter((x) => x !== w);
          for (const i of queued.get(w)?.splice(0) ?? []) {
            outstanding--;
            done(i, extractSource(jobs[i]));
          }
          finish();
        };
        w.once('error', lost);
        w.once('exit', lost);
        feed(w);
      }
      // This thread takes jobs too, yielding between them so that finished workers get new ones.
      const own = () => {
        if (next < jobs.length && !isCancelled()) {
          const i = next++;
          done(i, extractSource(jobs[i]));
          setImmediate(own);
          return;
        }
        mainDone = true;
        finish();
      };
      setImmediate(own);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
