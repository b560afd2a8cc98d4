import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestResult, Rejection } from '../schema';
import { assemble, byFile, ingestAll, type Progress } from './ingest';
import type { FileOutcome, IngestOptions } from './ingest-file';
import { ingestListedFile } from './ingest-listed';
import type { WorkRequest, WorkResult } from './parallel/ingest-worker';
import { workerBundle } from './parallel/worker-bundle';
import { listInputFolder, readListed, type InputListing, type ListedFile } from './read-input';

/** Files per message to a worker: big enough to amortise messaging, small enough to balance. */
const CHUNK = 100;
/** Chunks a worker holds at once: the next one waits in its queue while it parses one. */
const CHUNKS_IN_HAND = 2;
/** This thread lets the workers' messages in after every this many files it parses itself. */
const FILES_BETWEEN_MESSAGES = 20;
/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 600;

export interface FolderOptions extends IngestOptions {
  onProgress?: Progress;
  /** Threads to read and parse with, this one included; default: one per core. 1: this thread only. */
  workers?: number;
  /** Told how many files the folder lists and how many threads will read and parse them (this one included). */
  onStart?: (files: number, threads: number) => void;
}

/**
 * Ingests an input folder, as `readInputFolder` then `ingestAll` would, on every core: this
 * thread lists the folder; it and worker threads read, parse and fingerprint the files (a
 * queue of chunks); this thread groups and merges. Same result, byte for byte, as one thread.
 * The report's notes start with the folder's own (sidecars without a raw file).
 * Workers run an esbuild bundle of the pipeline (parallel/worker-bundle.ts); where esbuild is
 * missing, or there are few files, it all runs in this thread.
 */
export async function ingestFolder(dir: string, options: FolderOptions): Promise<IngestResult> {
  const listing = await listInputFolder(dir);
  const workers = Math.min(options.workers ?? availableParallelism(), Math.ceil(listing.files.length / CHUNK));
  const bundle = workers <= 1 || listing.files.length < MIN_FILES_FOR_WORKERS ? null : await workerBundle();
  options.onStart?.(listing.files.length, bundle ? workers : 1);
  const result = bundle ? await inThreads(bundle, workers, dir, listing.files, listing.rejected, options) : inThisThread(dir, listing, options);
  result.notes.unshift(...listing.notes);
  return result;
}

function inThisThread(dir: string, listing: InputListing, options: FolderOptions): IngestResult {
  const start = performance.now();
  const folder = readListed(dir, listing, options.maxBytes);
  if (options.timings) options.timings.read = (options.timings.read ?? 0) + performance.now() - start;
  return ingestAll(folder.files, { ...options, rejected: folder.rejected });
}

/**
 * Chunks of files go to `threads - 1` workers and to this thread, which parses between taking
 * in the workers' results. (With a worker a core, this thread's share of the work made three
 * threads take turns on two cores; parsing here also saves copying half the outcomes across.)
 */
async function inThreads(bundle: string, threads: number, dir: string, listed: ListedFile[], rejected: Rejection[], options: FolderOptions): Promise<IngestResult> {
  // In ingestAll's order (by file name), so the outcomes concatenate as it would see them.
  const sorted = [...listed].sort(byFile);
  const chunks: ListedFile[][] = [];
  for (let i = 0; i < sorted.length; i += CHUNK) chunks.push(sorted.slice(i, i + CHUNK));
  const results: FileOutcome[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  const finished = (chunk: number, outcomes: FileOutcome[]) => {
    results[chunk] = outcomes;
    done += outcomes.length;
    options.onProgress?.(done, listed.length);
  };
  const fileOptions = { rules: options.rules, maxBytes: options.maxBytes };

  const parseHere = async () => {
    const own = { ...fileOptions, timings: options.timings };
    while (next < chunks.length) {
      const chunk = next++;
      const outcomes: FileOutcome[] = [];
      for (const file of chunks[chunk]) {
        outcomes.push(ingestListedFile(dir, file, own));
        // The workers' results wait in this thread's queue: take them in now and then, so
        // their next chunks go out before they run dry.
        if (outcomes.length % FILES_BETWEEN_MESSAGES === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      finished(chunk, outcomes);
    }
  };

  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      // Two chunks in hand, so a worker never waits while this thread is busy.
      let inHand = 0;
      const send = () => {
        while (inHand < CHUNKS_IN_HAND && next < chunks.length) {
          const chunk = next++;
          inHand++;
          worker.postMessage({ chunk, dir, files: chunks[chunk], options: fileOptions } satisfies WorkRequest);
        }
        if (inHand === 0) resolve();
      };
      worker.on('message', (result: WorkResult) => {
        inHand--;
        for (const [stage, ms] of Object.entries(result.timings)) if (options.timings) options.timings[stage] = (options.timings[stage] ?? 0) + ms;
        finished(result.chunk, result.outcomes);
        send();
      });
      // A worker that fails is a bug: stop handing out chunks, and fail.
      worker.on('error', (error) => {
        next = chunks.length;
        reject(error);
      });
      send();
    });

  // The bundle is plain JavaScript: the parent's loader flags (tsx's, under npm run ingest) are
  // not passed on, which halves a worker's start (150 → 80 ms to its first answer).
  const pool = Array.from({ length: threads - 1 }, () => new Worker(bundle, { execArgv: [] }));
  try {
    // The workers get their first chunks before this thread starts on its own.
    await Promise.all([...pool.map(inWorker), parseHere()]);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return assemble(results.flat(), rejected, options.timings);
}
