/**
 * One timed ingest of a folder, in a process of its own (bench/bench.ts runs it): a fresh
 * process is what `npm run ingest` is, with nothing compiled or cached by an earlier run.
 * Prints one line of JSON: seconds, stage times, this process's peak memory, and what the
 * grouping needs to be scored (the files of every issue with more than one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRules } from '../src/pipeline';
import { ingestFolder, tuneForBatch } from '../src/runner';

const [dir] = process.argv.slice(2);
const ROOT = join(import.meta.dirname, '..');
const rules = parseRules(readFileSync(join(ROOT, 'content', 'publishers.yaml'), 'utf8'), 'content/publishers.yaml');
const timings: Record<string, number> = {};
// As `npm run ingest` does (src/runner/batch-v8-flags.ts).
tuneForBatch();
const start = performance.now();
const result = await ingestFolder(dir, {
  threads: process.env.BENCH_THREADS ? Number(process.env.BENCH_THREADS) : undefined,
  rules,
  timings,
  onProgress: (done, total) => done % 2000 === 0 && process.stderr.write(`  parsed ${done}/${total}\n`),
});
const seconds = (performance.now() - start) / 1000;
process.stdout.write(
  `${JSON.stringify({
    seconds,
    stages: timings,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    issues: result.issues.length,
    duplicates: result.duplicates.length,
    rejected: result.rejected.length,
    // Lines the archive-wide repetition pass removed (src/pipeline/grouping/recurring-lines.ts).
    recurringLines: result.issues.reduce((sum, issue) => sum + issue.removed.filter((line) => line.rule === 'recurring-line').length, 0),
    groups: result.issues.filter((issue) => issue.sources.length > 1).map((issue) => issue.sources.map((source) => source.file)),
  })}\n`,
);
