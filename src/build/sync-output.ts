/**
 * Puts what Astro rendered into the site folder and takes out what the site no longer has:
 * the stage folders' files are moved in (a rename: same disk), and every file the last build
 * wrote that this one does not own is deleted. The other pages stay as they are, byte for byte.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir`, relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Moves the files of `stages` into `outDir`; returns the files moved. A page that is not on its
 * stage's list (the pages every Astro process renders, such as the home page) is taken from
 * the first stage that has it on its list. A folder the site does not have yet moves whole:
 * one rename instead of one per page (a cold build moves 28,000 pages).
 */
export function moveStaged(stages: { dir: string; pages: Set<string> }[], outDir: string, isPage: (file: string) => boolean): string[] {
  const moved = new Set<string>();
  for (const stage of stages) {
    for (const file of filesUnder(stage.dir)) {
      if (isPage(file) && !stage.pages.has(file)) rmSync(join(stage.dir, file));
      else moved.add(file);
    }
    moveTree(stage.dir, outDir);
    rmSync(stage.dir, { recursive: true, force: true });
  }
  return [...moved].sort();
}

/** Moves everything in `from` into `to`, replacing files, renaming folders `to` lacks whole. */
function moveTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory() && existsSync(target)) moveTree(source, target);
    else renameSync(source, target);
  }
}

/** Deletes the files of `previous` that are not in `current`, and the folders that leaves empty. */
export function deleteStale(outDir: string, previous: string[], current: Set<string>): number {
  let deleted = 0;
  const folders = new Set<string>();
  for (const file of previous) {
    if (current.has(file)) continue;
    rmSync(join(outDir, file), { force: true });
    deleted++;
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  }
  // Deepest first, so a parent is tried after its children.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(outDir, folder));
    } catch {
      // Not empty: other pages live there.
    }
  }
  return deleted;
}
