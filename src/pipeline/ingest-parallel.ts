import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestResult, Rejection } from '../schema';
import { assemble, byFile, ingestAll, type Progress } from './ingest';
import type { FileOutcome, IngestOptions, RawFile } from './ingest-file';
import type { WorkRequest, WorkResult } from './parallel/ingest-worker';
import { workerBundle } from './parallel/worker-bundle';

/** Files per message to a worker: big enough to amortise messaging, small enough to balance. */
const CHUNK = 200;
/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 600;

export interface ParallelOptions extends IngestOptions {
  onProgress?: Progress;
  rejected?: Rejection[];
  /** Worker threads to use; default: one per core. 1 runs in this thread. */
  workers?: number;
  /** Told how many worker threads will parse (0: this thread), before parsing starts. */
  onThreads?: (workers: number) => void;
}

/**
 * `ingestAll` on every core: files are parsed and fingerprinted in worker threads (a queue of
 * chunks), then grouped and merged here. Same result, byte for byte, as `ingestAll`.
 * Workers run an esbuild bundle of the pipeline (parallel/worker-bundle.ts); where esbuild is
 * missing it runs in this thread.
 */
export async function ingestAllParallel(files: RawFile[], options: ParallelOptions): Promise<IngestResult> {
  const workers = Math.min(options.workers ?? availableParallelism(), Math.ceil(files.length / CHUNK));
  const bundle = workers <= 1 || files.length < MIN_FILES_FOR_WORKERS ? null : await workerBundle();
  options.onThreads?.(bundle ? workers : 0);
  if (!bundle) return ingestAll(files, options);
  const sorted = [...files].sort(byFile);
  const chunks: RawFile[][] = [];
  for (let i = 0; i < sorted.length; i += CHUNK) chunks.push(sorted.slice(i, i + CHUNK));
  const results: FileOutcome[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: workers }, () => new Worker(bundle));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= chunks.length) return resolve();
              const chunk = next++;
              worker.postMessage({ chunk, files: chunks[chunk], options: { rules: options.rules, maxBytes: options.maxBytes } } satisfies WorkRequest);
            };
            worker.on('message', (result: WorkResult) => {
              results[result.chunk] = result.outcomes;
              for (const [stage, ms] of Object.entries(result.timings)) if (options.timings) options.timings[stage] = (options.timings[stage] ?? 0) + ms;
              done += result.outcomes.length;
              options.onProgress?.(done, sorted.length);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return assemble(results.flat(), options.rejected ?? [], options.timings);
}
