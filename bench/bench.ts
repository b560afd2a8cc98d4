/**
 * npm run bench -- --n <N> [--seed <s>] [--runs <r>] [--formats] [--site [--site-runs <r>]] [--json <file>] [--keep]
 *
 * Generates a seeded synthetic archive of N raw files (bench/synthetic-corpus.ts), runs the
 * real pipeline over it from disk and reports throughput, time per stage, peak memory and the
 * precision and recall of near-duplicate grouping against the injected truth. The ingest runs
 * `--runs` times (default 3), each in a fresh process (bench/ingest-once.ts), and the median
 * is reported: on these shared virtual machines one run can be 20% off another. `--site` also
 * times the site's builds (bench/site-builds.ts: cold, unchanged, one briefing added, edited or
 * removed, a template changed; `--site-runs` rounds, default 3, medians reported).
 * `--formats` writes a share of the briefings as saved e-mails and pages (bench/synthetic-formats.ts)
 * and reports ingest throughput per format, on one thread, with each format's ratio to text.
 * A benchmark, not a test: it reports figures and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type SyntheticDoc } from './synthetic-corpus';
import { scoreGrouping } from './score-grouping';
import { firstSearchKb } from './first-search';
import { siteBuilds } from './site-builds';
import { siteFigures } from './site-figures';
import { referencePass } from './reference-pass';
import { mixFormats, type FormatShares } from './synthetic-formats';
import type { FormatFigures } from './format-throughput';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '3' },
    site: { type: 'boolean', default: false },
    'site-runs': { type: 'string', default: '3' },
    formats: { type: 'boolean', default: false },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
const out = join(ROOT, 'bench', 'out');
const corpusDir = join(out, `corpus-${n}-${seed}${values.formats ? '-formats' : ''}`);
/** With `--formats`: a fifth of the briefings as e-mails and a fifth as pages, the rest text. */
const SHARES: FormatShares = { eml: 0.2, html: 0.2 };
const log = (message: string) => process.stderr.write(`${message}\n`);

function writeCorpus(docs: SyntheticDoc[]): number {
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  let bytes = 0;
  for (const doc of docs) {
    writeFileSync(join(corpusDir, doc.file), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  return bytes;
}

/** What one ingest run reports (bench/ingest-once.ts). */
interface IngestRun {
  seconds: number;
  stages: Record<string, number>;
  peakRssMb: number;
  issues: number;
  duplicates: number;
  rejected: number;
  recurringLines: number;
  groups: string[][];
}

/** One ingest, timed inside a fresh process (as `npm run ingest` runs), so no run is warmed by the one before. */
function runIngest(): IngestRun {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'bench', 'ingest-once.ts'), corpusDir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`ingest run failed (exit ${run.status})`);
  return JSON.parse(run.stdout) as IngestRun;
}

/**
 * Files per second for each format on one thread (bench/format-throughput.ts, a fresh process),
 * and each one's ratio to the text path's: what an `.eml` or `.html` costs over the same chain.
 */
function formatThroughput(): Record<string, unknown> {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'bench', 'format-throughput.ts'), corpusDir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`format throughput run failed (exit ${run.status})`);
  const figures = JSON.parse(run.stdout) as Record<string, FormatFigures>;
  const perSecond = (f: FormatFigures) => f.files / (f.ms / 1000);
  const text = figures.txt ? perSecond(figures.txt) : null;
  const table: Record<string, unknown> = {};
  for (const [format, f] of Object.entries(figures)) {
    const filesPerSecond = perSecond(f);
    table[format] = {
      files: f.files,
      filesPerSecond: Math.round(filesPerSecond),
      ratioToText: text ? round(filesPerSecond / text) : null,
      msPerFile: round(f.ms / f.files),
      // The decode stage is where an e-mail or page becomes text; the rest is the text chain.
      decodeMsPerFile: round(f.decodeMs / f.files),
      kbPerFile: round(f.bytes / 1024 / f.files),
    };
    log(`  ${format.padEnd(4)} ${String(f.files).padStart(5)} files  ${String(Math.round(filesPerSecond)).padStart(6)} files/s  ${text ? `${(filesPerSecond / text).toFixed(2)}× text` : ''}  (decode ${(f.decodeMs / f.files).toFixed(2)} ms/file)`);
  }
  return table;
}

async function main() {
  log(`Generating ${n} briefings (seed ${seed})…`);
  const generated = generateCorpus(n, seed);
  const docs = values.formats ? mixFormats(generated, seed, SHARES) : generated;
  const bytes = writeCorpus(docs);
  log(`  ${(bytes / 1e6).toFixed(1)} MB in ${corpusDir}`);
  // Let the kernel write the new files out now, not while the ingest is being timed.
  spawnSync('sync');

  log('Ingesting (read, parse, dedupe, validate)…');
  const runs: IngestRun[] = [];
  const references: number[] = [];
  for (let run = 1; run <= Number(values.runs); run++) {
    if (Number(values.runs) > 1) log(`  run ${run} of ${values.runs}`);
    runs.push(runIngest());
    references.push(referencePass(corpusDir).docsPerSecond);
    log(`  ${runs.at(-1)!.seconds.toFixed(2)} s (reference pass: ${references.at(-1)} docs/s on one core)`);
  }
  // The median run, by wall time; its own stage times and grouping go with it.
  const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)];
  const { seconds } = median;
  const stages = Object.fromEntries(Object.entries(median.stages).map(([k, v]) => [k, round(v / 1000)]));
  const peakRssMb = Math.max(...runs.map((run) => run.peakRssMb));
  const score = scoreGrouping(docs, median.groups);
  const report: Record<string, unknown> = {
    n: docs.length,
    bytes,
    seconds: round(seconds),
    runSeconds: runs.map((run) => round(run.seconds)),
    // The yardstick for this machine (read + 128-permutation MinHash, one core, as tight as we
    // could write it: ~11,000–12,000 docs/s at 10,000 files), run after each ingest run: how
    // fast the machine was while being measured, and how far the ingest is from that limit.
    referenceDocsPerSecond: references,
    docsPerSecond: Math.round(docs.length / seconds),
    mbPerSecond: round(bytes / 1e6 / seconds),
    peakRssMb,
    issues: median.issues,
    duplicatesMerged: median.duplicates,
    rejected: median.rejected,
    // The repetition pass: lines it removed as template furniture, and its milliseconds.
    recurringLines: { removed: median.recurringLines, ms: round(median.stages.recurring ?? 0) },
    ...score,
    stages,
  };

  if (values.formats) {
    log('Ingest throughput by format (one thread, the chain per file, second of two passes)…');
    report.formats = formatThroughput();
  }

  if (values.site) {
    log('Building the site: cold, unchanged, one briefing added, edited and removed, a template changed…');
    const dist = join(out, `dist-${n}-${seed}`);
    rmSync(dist, { recursive: true, force: true });
    const newBriefing = generateCorpus(20, seed + 1000).find((doc) => doc.copyKind === null)!.text;
    const editFile = docs.find((doc) => doc.copyKind === null)!.file;
    const builds = await siteBuilds({ root: ROOT, corpusDir, dist, newBriefing, editFile, runs: Number(values['site-runs']), log });
    report.site = {
      builds,
      msPerIssueCold: round((builds.cold.seconds * 1000) / median.issues),
      ...siteFigures(dist),
      // Measured in Chromium: a common word and a rare one.
      firstSearchKb: { growth: await firstSearchKb(dist, 'growth'), semiconductor: await firstSearchKb(dist, 'semiconductor') },
    };
  }

  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (values.json) writeFileSync(values.json, text);
  process.stdout.write(text);
  if (!values.keep) rmSync(corpusDir, { recursive: true, force: true });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
