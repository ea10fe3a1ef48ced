// An extraction worker: takes {i, job} messages, answers with the result for job i. Spawned by
// ExtractPool for a cold index of many sources, so parsing runs on every core, not one.
import { parentPort } from 'worker_threads';
import { pack } from './cache';
import { extractSource, type ExtractJob } from './extractSource';
import type { WorkerAnswer } from './extractPool';

parentPort?.on('message', (msg: { i: number; job: ExtractJob }) => {
  const result = extractSource(msg.job);
  let answer: WorkerAnswer;
  if (result.entry) {
    // Sent as the cache's JSON, text apart: a structured clone would copy every string ("DATE"
    // once per fact) and give objects hidden classes of their own; JSON.parse shares both.
    const { text, lineStarts: _l, ...rest } = result.entry;
    answer = { i: msg.i, text, packed: JSON.stringify(pack(rest)) };
  } else answer = { i: msg.i, result };
  parentPort?.postMessage(answer);
});
