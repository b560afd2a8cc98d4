import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Note, Rejection } from '../schema';
import { describeFsError } from './fs-errors';

/** Raw briefing files by extension: text, saved e-mails and saved web pages. */
const RAW = /\.(?:txt|text|md|eml|html?)$/i;
/** Sidecars: `<raw name without extension>.meta.json|yaml|yml`. */
const SIDECAR = /\.meta\.(?:json|ya?ml)$/i;

/** A raw file found in the input folder (path relative to it, `/` separators), not yet read. */
export interface ListedFile {
  file: string;
  /** The sidecar beside it, if any. */
  sidecar?: string;
}

/** What the input folder lists: raw files to read, entries that cannot be briefings, and notes. */
export interface InputListing {
  files: ListedFile[];
  rejected: Rejection[];
  notes: Note[];
}

/**
 * Lists the raw files under `dir` (recursively, skipping dot-files), each with its sidecar;
 * entries that are not raw files are rejected, sidecars without a raw file noted; the `ignore`d
 * paths (the permalink record, when it lives there) are skipped. Reads no file.
 */
export async function listInputFolder(dir: string, ignore: string[] = []): Promise<InputListing> {
  const listing: InputListing = { files: [], rejected: [], notes: [] };
  const paths = (await walk(dir, '', listing)).filter((path) => !ignore.includes(path));
  const sidecars = new Map(paths.filter((p) => SIDECAR.test(p)).map((p) => [p.replace(SIDECAR, ''), p]));
  const used = new Set<string>();
  for (const path of paths.filter((p) => !SIDECAR.test(p))) {
    if (!RAW.test(path)) {
      listing.rejected.push({ file: path, reason: 'unsupported file type: raw briefings are .txt (or .md) files, saved e-mails (.eml) or saved web pages (.html, .htm)' });
      continue;
    }
    const sidecar = sidecars.get(path.replace(RAW, ''));
    if (sidecar) used.add(sidecar);
    listing.files.push(sidecar ? { file: path, sidecar } : { file: path });
  }
  for (const sidecar of sidecars.values()) {
    if (!used.has(sidecar)) listing.notes.push({ file: sidecar, rule: 'sidecar', message: 'sidecar has no raw file beside it; ignored' });
  }
  return listing;
}

/** Paths under `dir`, relative to the input folder (`prefix` is `dir`'s own path there, with a trailing `/`). */
async function walk(dir: string, prefix: string, result: InputListing): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    // Joined by hand: path.relative for each of 10,000 files took most of the listing's time.
    const rel = prefix + entry.name;
    if (entry.isFile()) paths.push(rel);
    else if (entry.isDirectory()) paths.push(...(await walk(join(dir, entry.name), `${rel}/`, result)));
    else if (entry.isSymbolicLink()) {
      try {
        const target = await stat(join(dir, entry.name));
        if (target.isFile()) paths.push(rel);
        else result.rejected.push({ file: rel, reason: 'symbolic link to a folder: not followed' });
      } catch (error) {
        result.rejected.push({ file: rel, reason: `broken or looping symbolic link: ${describeFsError(error)}` });
      }
    } else if (!(await lstat(join(dir, entry.name))).isDirectory()) result.rejected.push({ file: rel, reason: 'not a regular file' });
  }
  return paths;
}
