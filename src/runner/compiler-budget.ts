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
let set = false;

/**
 * Sets the budget for this process (V8's flags are process-wide, so worker threads share it).
 * It changes how fast the code runs, never what it computes. Called by the processes that ingest
 * and end (`npm run ingest`, `npm run build`, the benchmark), not by `ingestFolder`: a
 * long-running host (the dev server's loader) keeps V8's default, where compiling pays back.
 */
export function limitInlining(): void {
  if (set) return;
  set = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${MAX_INLINED_BYTECODE}`);
}
