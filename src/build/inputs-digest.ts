/**
 * One digest of everything a build reads: the raw briefings, the publisher rules, the site's
 * source, public files and configuration, the lock file and the environment settings. Two
 * builds with the same digest write the same bytes (see tests/build/determinism.test.ts), so a
 * build whose digest matches the last one's can be skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SETTING_VARIABLES } from '../settings';

/** Environment variables that change what a build writes: every setting but how many processes render (the bytes are the same). */
export const BUILD_ENV = Object.keys(SETTING_VARIABLES).filter((name) => name !== 'BUILD_PROCESSES');

/** Every file under `path` (or `path` itself), sorted, skipping dot-files and node_modules. */
function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .map((entry) => join(path, entry.name))
    .sort()
    .flatMap(filesUnder);
}

/** SHA-256 over each file's path and bytes (for every path in `roots`) and the build settings. */
export function inputsDigest(root: string, roots: string[], env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name] ?? ''}\0`);
  for (const file of roots.flatMap((path) => filesUnder(resolve(root, path)))) {
    hash.update(`${relative(root, file)}\0`);
    // A symlink loop or unreadable file is the ingest's to report; here it only changes the digest.
    try {
      hash.update(readFileSync(file));
    } catch (error) {
      hash.update(`unreadable:${(error as NodeJS.ErrnoException).code}`);
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}
