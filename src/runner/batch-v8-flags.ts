import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode V8's optimising compiler may inline into one function (V8's default is 920).
 * An ingest is a short batch on every thread: each thread's isolate optimises the whole pipeline
 * for itself, and with the default budget that compiling was ~3 s of CPU a thread at 10,000
 * files (the stage functions inline their evidence, and are compiled again after each
 * deoptimisation), taken from the two cores the threads parse on. With 100, small helpers are
 * still inlined; see docs/performance.md for the figures.
 */
const MAX_INLINED_BYTECODE = 100;

/**
 * V8's settings for a process that ingests and ends, on every thread (V8's flags are
 * process-wide, so worker threads share them). They change how fast the code runs, never what
 * it computes:
 * - the inlining budget above;
 * - array builtins (`map`, `filter`, `some`, `forEach`…) called, not inlined with their callbacks
 *   into the caller (`--no-turbo-inline-array-builtins`): the pipeline's stages are written with
 *   them, and each inlined copy made the caller's optimised code larger to compile and one more
 *   place to deoptimise when a callback met a new shape. One thread's compiling 1.15 → 0.78 s of
 *   CPU, deoptimisations 119 → 59; at 10,000 files, two threads, paired medians 4.45 → 4.16 s
 *   and 4.54 → 4.16 s (six runs each, every run of the flag faster than every run without);
 *   one thread, where the compiler has the other core to itself, the same;
 * - young-generation collections on the collecting thread alone (`--no-parallel-scavenge`):
 *   V8 sends helper threads to each one, but while the ingest's threads keep every core busy
 *   the helpers only take turns with them (paired at 10,000 files, eight runs each, twice:
 *   medians 5.03 → 4.85 s and 5.00 → 4.73 s; CPU 10.6 → 10.1–10.5 s).
 * Called by the processes that ingest and end (`npm run ingest`, `npm run build`, the
 * benchmark), not by `ingestFolder`: a long-running host (the dev server's loader) keeps V8's
 * defaults, where compiling pays back and an idle core can help collect.
 */
export function tuneForBatch(): void {
  if (set) return;
  set = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${MAX_INLINED_BYTECODE}`);
  setFlagsFromString('--no-turbo-inline-array-builtins');
  setFlagsFromString('--no-parallel-scavenge');
}
let set = false;
