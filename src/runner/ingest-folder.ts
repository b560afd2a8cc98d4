import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { assembleReport, byFile, type FileOutcome, type IngestOptions } from '../pipeline';
import type { IngestResult } from '../schema';
import type { WorkRequest, WorkResult } from './ingest-worker';
import { listInputFolder, type ListedFile } from './list-folder';
import type { OutcomeCache } from './outcome-cache';
import { parseListedFile } from './parse-listed-file';
import { PERMALINKS_FILE, readPermalinkFile, writePermalinkFile } from './permalink-file';
import { workerBundle } from './worker-bundle';

/** Files per message to a worker: big enough to amortise messaging, small enough to balance. */
const CHUNK = 100;
/** Chunks a worker holds at once: the next one waits in its queue while it parses one. */
const CHUNKS_IN_HAND = 2;
/**
 * The last files go out in chunks this small: a worker holding two full chunks when the rest
 * are done left this thread idle for up to two chunks' time (~0.1–0.2 s at 10,000 files on
 * two threads) before grouping, which only this thread does.
 */
const TAIL_CHUNK = 20;
const TAIL_FILES = 400;
/** This thread lets the workers' messages in after every this many files it parses itself. */
const FILES_BETWEEN_MESSAGES = 20;
/** Below this many files to parse, starting workers costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 600;

export interface FolderOptions extends IngestOptions {
  /** Threads to read and parse with, this one included; default: one per core. 1: this thread only. */
  threads?: number;
  /** Outcomes of earlier runs (the dev server): files unchanged since are not parsed again. */
  cache?: OutcomeCache;
  /** Told how many files the folder lists and how many threads will read and parse them (this one included). */
  onStart?: (files: number, threads: number) => void;
  /** Called as files are parsed, with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The permalink record file: read before (ids to keep), written after when it changed. Without
   * it ids are made afresh and nothing is written (the tests' fixtures).
   */
  permalinks?: string;
}

/**
 * The one way to ingest a folder, for the CLI, the Content Layer loader and the tests alike.
 * This thread lists the folder; it and, for a large folder, worker threads read, parse and
 * fingerprint the files (a queue of chunks); this thread groups and merges. Any number of
 * threads gives the same result, byte for byte. The report's notes start with the folder's own
 * (sidecars without a raw file). Workers run an esbuild bundle of the pipeline
 * (worker-bundle.ts); where esbuild is missing, everything runs in this thread.
 */
export async function ingestFolder(dir: string, options: FolderOptions): Promise<IngestResult> {
  // Read first: a broken record stops the run before any work (see PermalinkRecordError).
  const record = options.permalinks ? readPermalinkFile(options.permalinks) : undefined;
  const listing = await listInputFolder(dir, [PERMALINKS_FILE, ...(options.permalinks ? [relative(dir, options.permalinks)] : [])]);
  const listed = [...listing.files].sort(byFile);
  const outcomes: FileOutcome[] = new Array(listed.length);
  const keys = options.cache ? fromCache(dir, listed, outcomes, options.cache, options) : null;
  const todo = listed.flatMap((_, i) => (outcomes[i] ? [] : [i]));

  const wanted = Math.min(options.threads ?? availableParallelism(), Math.ceil(todo.length / CHUNK));
  const bundle = wanted <= 1 || todo.length < MIN_FILES_FOR_WORKERS ? null : await workerBundle();
  const threads = bundle ? wanted : 1;
  options.onStart?.(listed.length, threads);
  const { workersExited } = await parseInLanes(dir, listed, todo, outcomes, bundle, threads, options);

  try {
    if (options.cache && keys) {
      todo.forEach((i) => options.cache!.set(keys[i], outcomes[i]));
      options.cache.retain(new Set(keys.filter((key): key is string => key !== null)));
    }
    const { report, permalinks } = assembleReport(outcomes, { rejected: listing.rejected, permalinks: record, timings: options.timings, ablate: options.ablate });
    if (options.permalinks) writePermalinkFile(options.permalinks, permalinks);
    report.notes.unshift(...listing.notes);
    return report;
  } finally {
    await workersExited;
  }
}

/** Fills `outcomes` from the cache where it can; returns every file's cache key. */
function fromCache(dir: string, listed: ListedFile[], outcomes: FileOutcome[], cache: OutcomeCache, options: IngestOptions): (string | null)[] {
  cache.useSettings(options);
  return listed.map((file, i) => {
    const key = cache.keyOf(dir, file);
    const hit = cache.get(key);
    if (hit) outcomes[i] = hit;
    return key;
  });
}

/**
 * Parses the files at indexes `todo` into `outcomes`: chunks go to `threads - 1` workers and to
 * this thread, which parses between taking in the workers' results. (With a worker a core, this
 * thread's share made three threads take turns on two cores; parsing here also saves copying
 * half the outcomes across.) With one thread, this thread parses them all: the same lane.
 */
async function parseInLanes(dir: string, listed: ListedFile[], todo: number[], outcomes: FileOutcome[], bundle: string | null, threads: number, options: FolderOptions): Promise<{ workersExited: Promise<unknown> }> {
  const chunks: number[][] = [];
  const tail = Math.max(0, todo.length - TAIL_FILES);
  for (let i = 0; i < todo.length; ) {
    const size = i >= tail ? TAIL_CHUNK : Math.min(CHUNK, tail - i);
    chunks.push(todo.slice(i, i + size));
    i += size;
  }
  let next = 0;
  let done = 0;
  const finished = (chunk: number, results: FileOutcome[]) => {
    chunks[chunk].forEach((index, i) => (outcomes[index] = results[i]));
    done += results.length;
    options.onProgress?.(done, todo.length);
  };
  const fileOptions = { rules: options.rules, maxBytes: options.maxBytes, ablate: options.ablate };

  const parseHere = async () => {
    const own = { ...fileOptions, timings: options.timings };
    while (next < chunks.length) {
      const chunk = next++;
      const results: FileOutcome[] = [];
      for (const index of chunks[chunk]) {
        results.push(parseListedFile(dir, listed[index], own));
        // The workers' results wait in this thread's queue: take them in now and then, so
        // their next chunks go out before they run dry.
        if (bundle && results.length % FILES_BETWEEN_MESSAGES === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      finished(chunk, results);
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
          worker.postMessage({ chunk, dir, files: chunks[chunk].map((index) => listed[index]), options: fileOptions } satisfies WorkRequest);
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
  const pool = bundle ? Array.from({ length: threads - 1 }, () => new Worker(bundle, { execArgv: [] })) : [];
  try {
    // The workers get their first chunks before this thread starts on its own.
    await Promise.all([...pool.map(inWorker), parseHere()]);
  } catch (error) {
    await Promise.all(pool.map((worker) => worker.terminate()));
    throw error;
  }
  // A worker takes 15–30 ms to exit (its heap freed on its own thread): grouping need not wait
  // for that, only the caller's return does.
  return { workersExited: Promise.all(pool.map((worker) => worker.terminate())) };
}
