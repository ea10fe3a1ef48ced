// A reading worker: reads and hashes a list of sources, in order, and hands each one's bytes back
// (moved, not copied) with its decoded text. Started by SourceReader at a warm
// start, so the disk, the hashing and the decoding run on another core while the engine decodes
// its cache.
import { parentPort, workerData } from 'worker_threads';
import { readDecodedSource, type SourceRead } from './sourceFile';

interface Job {
  files: string[];
  maxBytes: number;
  /** Bytes handed back but not yet taken: the worker waits beyond this. */
  budget: number;
}

const { files, maxBytes, budget } = workerData as Job;
/** Reads sent per message. */
const BATCH = 32;
let next = 0;
let inFlight = 0;

function pump(): void {
  while (next < files.length && inFlight < budget) {
    const batch: SourceRead[] = [];
    const transfer: ArrayBuffer[] = [];
    for (let n = 0; n < BATCH && next < files.length; n++) {
      const read = readDecodedSource(files[next++], maxBytes);
      if (read.bytes) {
        inFlight += read.bytes.byteLength;
        transfer.push(read.bytes.buffer as ArrayBuffer);
      }
      batch.push(read);
    }
    parentPort?.postMessage(batch, transfer);
  }
}

parentPort?.on('message', (taken: number) => {
  inFlight -= taken;
  pump();
});
pump();
