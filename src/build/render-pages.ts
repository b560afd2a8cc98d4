/**
 * Has Astro render the pages on a list, into stage folders of the build's own (never into the
 * site: Astro empties its output folder first). A long list is split between processes, one
 * per core: Astro renders a build's pages one after another on one thread.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREPARED_ENV, PREPARED_ISSUES, RENDER_LIST_ENV } from '../data/prepared';

/** Below this many pages, a second Astro process (its own start-up and bundle, ~4 s) costs more than it saves. */
export const MIN_PAGES_PER_PROCESS = 2500;

export interface RenderOptions {
  root: string;
  /** The files of the pages to render (relative to the site's root). */
  files: string[];
  preparedDir: string;
  /** Folder, render list and Astro cache of process `n`. */
  stage: (n: number) => string;
  renderList: (n: number) => string;
  astroCache: (n: number) => string;
  /** Processes to render with; null: one per core, at most one per MIN_PAGES_PER_PROCESS pages. */
  processes: number | null;
  /** Called with the number of pages rendered so far (all processes). */
  onProgress?: (done: number, total: number) => void;
}

/** A stage folder and the pages on its list (it holds assets, public files and the pages every process renders too). */
export interface Stage {
  dir: string;
  pages: Set<string>;
}

/** Renders `files`; resolves to the stage folders written. */
export async function renderPages(options: RenderOptions): Promise<Stage[]> {
  const processes = options.processes ?? Math.max(1, Math.min(availableParallelism(), Math.floor(options.files.length / MIN_PAGES_PER_PROCESS)));
  const shares = deal(options.files, processes);
  let done = 0;
  const tick = () => options.onProgress?.(++done, options.files.length);
  await Promise.all(shares.map((share, n) => astroBuild(options, n, share, tick)));
  return shares.map((share, n) => ({ dir: options.stage(n), pages: new Set(share) }));
}

/**
 * The files dealt between `processes` in turn, each page with the others of its folder (an
 * issue's page and its sections' pages go together): each process gets a share of every kind
 * of page, and its stage's folders are ones the others do not have, so they move whole.
 */
function deal(files: string[], processes: number): string[][] {
  const shares: string[][] = Array.from({ length: processes }, () => []);
  const folders = new Map<string, number>();
  for (const file of files) {
    const folder = file.split('/').slice(0, 2).join('/');
    let share = folders.get(folder);
    if (share === undefined) folders.set(folder, (share = folders.size % processes));
    shares[share].push(file);
  }
  return shares;
}

/**
 * The heap a render process may use, in MB: 384 plus 12 for each MB of prepared issues, at
 * least 1 GB. Left to itself V8 grows the heap well past what it needs before collecting; two
 * processes at once must not (10,000 briefings, 45 MB: half the pages rendered in the same
 * time with a 900 MB cap, peak 0.79 GB, as with 2.3 GB, peak 1.1 GB).
 */
export function renderHeapMb(preparedBytes: number): number {
  return Math.max(1024, Math.round(384 + (12 * preparedBytes) / 1e6));
}

/** Astro's line for each page it wrote (`  ├─ /issues/x/index.html (+3ms)`). */
const PAGE_LINE = /^\s*\S*\s*[├└]─ /;

function astroBuild(options: RenderOptions, n: number, files: string[], tick: () => void): Promise<void> {
  writeFileSync(options.renderList(n), JSON.stringify(files));
  rmSync(options.stage(n), { recursive: true, force: true });
  const heapMb = renderHeapMb(statSync(join(options.preparedDir, PREPARED_ISSUES)).size);
  const nodeOptions = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? process.env.NODE_OPTIONS! : `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim();
  const child = spawn(join(options.root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', options.stage(n)], {
    cwd: options.root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_OPTIONS: nodeOptions,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_CACHE_DIR: options.astroCache(n),
      [PREPARED_ENV]: options.preparedDir,
      [RENDER_LIST_ENV]: options.renderList(n),
    },
  });
  const log: string[] = [];
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (PAGE_LINE.test(line)) tick();
      else log.push(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const outOfMemory = signal === 'SIGABRT' || code === 134 || log.some((line) => line.includes('heap out of memory'));
      const hint = outOfMemory ? `\nThe page renderer ran out of memory (${nodeOptions}). Give it more with NODE_OPTIONS=--max-old-space-size=<MB> npm run build.` : '';
      reject(new Error(`Astro could not render the pages (exit ${code ?? signal}):\n${log.slice(-40).join('\n')}${hint}`));
    });
  });
}
