/**
 * Writes a bundle to its folder in the site, leaving the folder holding exactly the bundle's
 * files. A file already there with the same bytes is not written again, so indexing a site
 * whose bundle is in place (a second run, bench/search-index.ts) rewrites only what changed:
 * 0.15 s instead of ~1 s for 8,700 files at 10,000 briefings.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bundle } from './stabilize-pagefind';

export function writeBundle(dir: string, bundle: Bundle): void {
  const present = new Set(listFiles(dir));
  for (const path of present) if (!bundle.has(path)) rmSync(join(dir, path), { force: true });
  for (const path of [...bundle.keys()].sort()) {
    const target = join(dir, path);
    const bytes = bundle.get(path)!;
    if (present.has(path) && statSync(target).size === bytes.length && Buffer.from(bytes).equals(readFileSync(target))) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

/** The files under `dir`, relative to it (none if it does not exist); anything else there is removed. */
function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (entry.isFile()) files.push(path);
    else if (!entry.isDirectory()) rmSync(join(dir, path), { force: true });
  }
  return files;
}
