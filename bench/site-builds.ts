/**
 * `npm run bench -- --site`: the maintainer's builds of one archive, each timed in a fresh
 * process with the memory of all its processes together (bench/tree-memory.ts):
 * - cold: no last build (`--force`);
 * - unchanged: nothing changed since the last build;
 * - one added / one edited / one removed briefing;
 * - a template change: a stylesheet edited (every page shows it).
 * Each kind runs `runs` times and the median is reported, with its pages rendered.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './tree-memory';

export interface BuildFigures {
  seconds: number;
  runSeconds: number[];
  pagesRendered: number;
  pagesTotal: number;
  /** Machine-level peak: every process of the build together, MB (the largest of the runs). */
  peakTreeMb: number;
  /** Seconds by the build's own steps, of the median run. */
  steps: Record<string, number>;
}

interface Run {
  seconds: number;
  rendered: number;
  total: number;
  peakTreeMb: number;
  steps: Record<string, number>;
}

export interface SiteBenchOptions {
  root: string;
  corpusDir: string;
  dist: string;
  /** A briefing not in the corpus (its text), to add. */
  newBriefing: string;
  /** A file of the corpus to edit. */
  editFile: string;
  runs: number;
  log: (line: string) => void;
}

export async function siteBuilds(options: SiteBenchOptions): Promise<Record<string, BuildFigures>> {
  const { root, corpusDir, dist, runs, log } = options;
  const build = async (label: string, force = false): Promise<Run> => {
    const env = { ...process.env, BRIEFINGS_INPUT: corpusDir, BRIEFINGS_PERMALINKS: join(corpusDir, '..', `${corpusDir.split('/').pop()}-permalinks.json`), ASTRO_TELEMETRY_DISABLED: '1' };
    const run = await runMeasured(join(root, 'node_modules', '.bin', 'tsx'), ['--expose-gc', join(root, 'scripts', 'build.ts'), '--outDir', dist, ...(force ? ['--force'] : [])], { cwd: root, env });
    if (run.status !== 0) throw new Error(`the ${label} build failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
    const summary = /Built .* in [\d.]+ s: (\d+) pages rendered, (\d+) unchanged.*\((.*)\)/.exec(run.stdout);
    const steps = Object.fromEntries((summary?.[3] ?? '').split(', ').filter(Boolean).map((part) => {
      const match = /^(.*) ([\d.]+) s$/.exec(part)!;
      return [match[1], Number(match[2])];
    }));
    // An unchanged build is skipped outright ("Nothing changed since the last build"): no pages.
    const rendered = summary ? Number(summary[1]) : 0;
    const total = summary ? rendered + Number(summary[2]) : 0;
    log(`  ${label}: ${run.seconds.toFixed(1)} s, ${summary ? `${rendered} of ${total} pages rendered` : 'skipped (nothing changed)'}, ${run.peakTreeMb} MB (all processes)`);
    return { seconds: run.seconds, rendered, total, peakTreeMb: run.peakTreeMb, steps };
  };

  const kinds: Record<string, Run[]> = { cold: [], unchanged: [], oneAdded: [], oneEdited: [], oneRemoved: [], templateChange: [] };
  const added = join(corpusDir, 'zz-bench-added.txt');
  const edited = join(corpusDir, options.editFile);
  const original = readFileSync(edited, 'utf8');
  const stylesheet = join(root, 'src', 'styles', 'global.css');
  const css = readFileSync(stylesheet, 'utf8');
  try {
    for (let i = 1; i <= runs; i++) {
      log(`  round ${i} of ${runs}`);
      kinds.cold.push(await build('cold', true));
      kinds.unchanged.push(await build('unchanged'));
      writeFileSync(added, options.newBriefing);
      kinds.oneAdded.push(await build('one added'));
      appendFileSync(edited, `\nOne more sentence, added to measure an incremental build (round ${i}).\n`);
      kinds.oneEdited.push(await build('one edited'));
      rmSync(added);
      kinds.oneRemoved.push(await build('one removed'));
      writeFileSync(stylesheet, `${css}\n/* bench round ${i} */\n.bench-${i} { color: inherit; }\n`);
      kinds.templateChange.push(await build('template change'));
      writeFileSync(stylesheet, css);
    }
  } finally {
    writeFileSync(stylesheet, css);
    writeFileSync(edited, original);
    rmSync(added, { force: true });
  }
  return Object.fromEntries(Object.entries(kinds).map(([kind, list]) => [kind, figures(list)]));
}

function figures(runs: Run[]): BuildFigures {
  const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)];
  return {
    seconds: round(median.seconds),
    runSeconds: runs.map((run) => round(run.seconds)),
    pagesRendered: median.rendered,
    pagesTotal: median.total,
    peakTreeMb: Math.max(...runs.map((run) => run.peakTreeMb)),
    steps: median.steps,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
