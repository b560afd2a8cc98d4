/**
 * What the last build into an output folder left for the next one, outside the site (in
 * node_modules/.cache/briefing-archive/builds/<folder>/): the digest of each page it wrote,
 * the files it owns, and the parse outcomes of the briefings. Lose it and the next build is a
 * cold one, with the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildState {
  /** Digest of each page's file (relative to the site's root), by what it shows. */
  pages: Record<string, string>;
  /** Every file of the site the build wrote (pages, assets, sitemap; not the search index, which keeps its own). */
  files: string[];
}

/** The state folder of one output folder (two output folders never share pages or parse outcomes). */
export function stateDir(root: string, outDir: string): string {
  return join(root, 'node_modules', '.cache', 'briefing-archive', 'builds', Buffer.from(outDir).toString('base64url'));
}

export const stateFiles = (dir: string) => ({
  state: join(dir, 'state.json'),
  outcomes: join(dir, 'outcomes.v8'),
  prepared: join(dir, 'prepared'),
  stage: (n: number) => join(dir, `stage-${n}`),
  renderList: (n: number) => join(dir, `render-${n}.json`),
  astroCache: (n: number) => join(dir, `astro-cache-${n}`),
  search: join(dir, 'search'),
});

/** The last build's state, or null (none yet, or unreadable: the build is then a cold one). */
export function readBuildState(dir: string): BuildState | null {
  const file = stateFiles(dir).state;
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildState;
  } catch {
    return null;
  }
}

/**
 * Forgotten before a build first changes the site, and saved only after the whole build
 * succeeded: a build that fails half-way leaves no state, so the next one is a cold one (a
 * page it wrote must never be taken for the last build's).
 */
export function forgetBuildState(dir: string): void {
  rmSync(stateFiles(dir).state, { force: true });
}

/** Saved once the whole build has succeeded. */
export function writeBuildState(dir: string, state: BuildState): void {
  mkdirSync(dir, { recursive: true });
  const file = stateFiles(dir).state;
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}
