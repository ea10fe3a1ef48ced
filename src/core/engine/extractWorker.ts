// An extraction worker: takes {i, job} messages, answers {i, result}. Spawned by ExtractPool for
// a cold index of many sources, so parsing runs on every core, not one.
import { parentPort } from 'worker_threads';
import { extractSource, type ExtractJob } from './extractSource';

parentPort?.on('message', (msg: { i: number; job: ExtractJob }) => {
  parentPort?.postMessage({ i: msg.i, result: extractSource(msg.job) });
});
