/**
 * Has Astro render the pages on a list, into stage folders of the build's own (never into the
 * site: Astro empties its output folder first). A long list is split between processes, one
 * per core: Astro renders a build's pages one after another on one thread.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREPARED_ENV, RENDER_LIST_ENV } from '../data/prepared';

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
  /** The heap each Astro process may use, in MB. */
  heapMb: number;
  /** Called with the number of pages rendered so far (all processes). */
  onProgress?: (done: number, total: number) => void;
}

/** Renders `files`; resolves to the stage folders written (each holds pages, assets and public files). */
export async function renderPages(options: RenderOptions): Promise<string[]> {
  const processes = Math.max(1, Math.min(availableParallelism(), Math.floor(options.files.length / MIN_PAGES_PER_PROCESS)));
  // Dealt in turn, so each process gets a share of every kind of page.
  const shares = Array.from({ length: processes }, (_, n) => options.files.filter((_, i) => i % processes === n));
  let done = 0;
  const tick = () => options.onProgress?.(++done, options.files.length);
  await Promise.all(shares.map((share, n) => astroBuild(options, n, share, tick)));
  return shares.map((_, n) => options.stage(n));
}

/** Astro's line for each page it wrote (`  ├─ /issues/x/index.html (+3ms)`). */
const PAGE_LINE = /^\s*\S*\s*[├└]─ /;

function astroBuild(options: RenderOptions, n: number, files: string[], tick: () => void): Promise<void> {
  writeFileSync(options.renderList(n), JSON.stringify(files));
  rmSync(options.stage(n), { recursive: true, force: true });
  const nodeOptions = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? process.env.NODE_OPTIONS! : `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${options.heapMb}`.trim();
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
