/**
 * The build, step by step, each step in a module of its own:
 *   1. prepare-site   ingest the briefings (changed files only) and publish them for the pages;
 *   2. page-plan      every page and what it shows (src/data/page-plan.ts);
 *   3. page-digests   which pages show something else than the last build wrote;
 *   4. render-pages   Astro renders only those (split between processes when there are many);
 *   5. sync-output    they replace their old files; pages the site no longer has are deleted;
 *   6. sitemap, then the search index (src/search/: only the shards whose pages changed), after Astro has exited;
 *   7. build-state    what this build wrote, for the next one.
 * The result is byte-identical to a cold build of the same input (tests/build/incremental.test.ts):
 * a page's bytes depend only on its digest's inputs.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planPages } from '../data/page-plan';
import { extractionReport, type ExtractionReport } from '../report';
import { buildSearchIndex } from '../search/build-search-index';
import type { Settings } from '../settings';
import { forgetBuildState, readBuildState, stateDir, stateFiles, writeBuildState } from './build-state';
import { inputsDigest } from './inputs-digest';
import { pageDigests } from './page-digests';
import { prepareSite } from './prepare-site';
import { renderPages } from './render-pages';
import { sitemapFiles, sitemapPaths } from './sitemap';
import { deleteStale, moveStaged } from './sync-output';

/** Parts of src/ that never render a page: a change there reaches pages only through the data, which is digested. */
const NOT_RENDERING = new Set(['pipeline', 'runner', 'report', 'build', 'loader']);

export interface BuildOptions {
  root: string;
  outDir: string;
  settings: Settings;
  /** A line of progress for the maintainer. */
  log: (line: string) => void;
  /** Updates the current progress line (a terminal redraws it; elsewhere it may be dropped). */
  progress?: (line: string) => void;
}

export interface BuildSummary {
  /** What was extracted from each file, for the maintainer. */
  report: ExtractionReport;
  pages: number;
  rendered: number;
  deleted: number;
  /** Seconds each step took. */
  steps: Record<string, number>;
}

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const { root, outDir, settings, log } = options;
  const state = stateDir(root, outDir);
  const files = stateFiles(state);
  const steps: Record<string, number> = {};
  const step = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await run();
    steps[name] = (performance.now() - started) / 1000;
    return value;
  };

  const templates = await step('templates', () => templatesDigest(root));
  // Without the last build's state, nothing in the folder can be trusted to match: start clean (as Astro would).
  const last = readBuildState(state);
  if (!last) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const planned = await planBuild(options, files, templates, step);
  // The briefings' parse outcomes and the issues are garbage now; with `--expose-gc` (npm run
  // build) they are given back before Astro's processes start, so the two never add up.
  (globalThis as { gc?: () => void }).gc?.();
  const { digests, sitemap } = planned;
  const toRender = [...digests.keys()].filter((file) => last?.pages[file] !== digests.get(file) || !existsSync(join(outDir, file)));

  let assets = last ? last.files.filter((file) => !(file in last.pages)) : [];
  if (toRender.length === 0) log(`All ${digests.size} pages are unchanged.`);
  else log(`Rendering ${toRender.length} of ${digests.size} pages${toRender.length < digests.size ? ' (the others are unchanged)' : ''}…`);
  const stages =
    toRender.length === 0
      ? null
      : await step('render', () =>
          renderPages({ root, files: toRender, preparedDir: files.prepared, stage: files.stage, renderList: files.renderList, astroCache: files.astroCache, processes: settings.renderProcesses, onProgress: (done, total) => done % 1000 === 0 && options.progress?.(`  rendered ${done}/${total}`) }),
        );
  // From here on the site changes.
  forgetBuildState(state);
  if (stages) {
    const moved = await step('move', () => moveStaged(stages, outDir, (file) => digests.has(file)));
    assets = moved.filter((file) => !digests.has(file));
  }
  await step('sitemap', () => sitemap.forEach((text, name) => writeFileSync(join(outDir, name), text)));
  await step('search index', () => buildSearchIndex(outDir, { info: log, warn: (line) => console.warn(line) }, { stateDir: files.search }));

  const owned = new Set([...digests.keys(), ...assets, ...sitemap.keys()]);
  const deleted = await step('delete', () => deleteStale(outDir, last?.files ?? [], owned));
  writeBuildState(state, { pages: Object.fromEntries(digests), files: [...owned].sort() });
  return { report: planned.report, pages: digests.size, rendered: toRender.length, deleted, steps };
}

/**
 * Steps 1–3, and what the build needs of them later (the digests, the sitemap, the
 * maintainer's report): everything else they made is garbage once this returns.
 */
async function planBuild(options: BuildOptions, files: ReturnType<typeof stateFiles>, templates: string, step: <T>(name: string, run: () => T | Promise<T>) => Promise<T>) {
  const { root, settings, log } = options;
  const { result, issues } = await step('ingest', () =>
    prepareSite({
      root,
      settings,
      outcomesFile: files.outcomes,
      preparedDir: files.prepared,
      onStart: (count, threads) => log(`Reading ${count} files${threads > 1 ? ` on ${threads} threads` : ''}…`),
      onProgress: (done, total) => done % 500 === 0 && options.progress?.(`  parsed ${done}/${total}`),
    }),
  );
  const plan = await step('plan', () => planPages(issues));
  const digests = await step('digests', () => pageDigests(plan, issues, templates));
  return { digests, sitemap: sitemapFiles(sitemapPaths(plan), settings.siteUrl, settings.basePath), report: extractionReport(settings.input, result) };
}

/**
 * Digest of everything that renders pages: the site's source (not the pipeline's: its changes
 * reach pages through their data), public files, configuration, the lock file and the settings.
 */
function templatesDigest(root: string): string {
  const sources = readdirSync(join(root, 'src')).filter((name) => !NOT_RENDERING.has(name)).map((name) => `src/${name}`);
  return inputsDigest(root, [...sources, 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json']);
}
