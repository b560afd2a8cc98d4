import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Note, Rejection } from '../schema';
import { DEFAULT_MAX_BYTES, tooLarge } from './decode';
import type { RawFile } from './ingest-file';

/** Raw briefing files by extension. */
const RAW = /\.(?:txt|text|md)$/i;
/** Sidecars: `<raw name without extension>.meta.json|yaml|yml`. */
const SIDECAR = /\.meta\.(?:json|ya?ml)$/i;

/** What the input folder holds: raw files, plus files that could not be read and why. */
export interface InputFolder {
  files: RawFile[];
  rejected: Rejection[];
  notes: Note[];
}

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
 * Reads every raw file under `dir` (recursively, skipping dot-files) with its sidecar.
 * An unreadable, oversized, looping or unsupported entry becomes a rejection, never an error.
 */
export async function readInputFolder(dir: string, maxBytes = DEFAULT_MAX_BYTES): Promise<InputFolder> {
  return readListed(dir, await listInputFolder(dir), maxBytes);
}

/** Reads every file of a listing; those too large or unreadable join its rejections. */
export function readListed(dir: string, listing: InputListing, maxBytes = DEFAULT_MAX_BYTES): InputFolder {
  const result: InputFolder = { files: [], rejected: [...listing.rejected], notes: listing.notes };
  for (const listed of listing.files) {
    const read = readListedFile(dir, listed, maxBytes);
    if ('reason' in read) result.rejected.push(read);
    else result.files.push(read);
  }
  return result;
}

/**
 * Lists the raw files under `dir` (recursively, skipping dot-files), each with its sidecar;
 * entries that are not raw files are rejected, sidecars without a raw file noted. Reads no file.
 */
export async function listInputFolder(dir: string): Promise<InputListing> {
  const listing: InputListing = { files: [], rejected: [], notes: [] };
  const paths = await walk(dir, '', listing);
  const sidecars = new Map(paths.filter((p) => SIDECAR.test(p)).map((p) => [p.replace(SIDECAR, ''), p]));
  const used = new Set<string>();
  for (const path of paths.filter((p) => !SIDECAR.test(p))) {
    if (!RAW.test(path)) {
      listing.rejected.push({ file: path, reason: 'unsupported file type: raw briefings are .txt (or .md) files' });
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

/** Reads one listed file and its sidecar; a file too large or unreadable is a rejection. */
export function readListedFile(dir: string, listed: ListedFile, maxBytes = DEFAULT_MAX_BYTES): RawFile | Rejection {
  try {
    const bytes = readUpTo(join(dir, listed.file), maxBytes);
    if (typeof bytes === 'number') return { file: listed.file, reason: tooLarge(bytes, maxBytes) };
    const raw: RawFile = { file: listed.file, bytes };
    if (listed.sidecar) raw.sidecar = { file: listed.sidecar, text: readFileSync(join(dir, listed.sidecar), 'utf8') };
    return raw;
  } catch (error) {
    return { file: listed.file, reason: `cannot be read: ${describe(error)}` };
  }
}

/**
 * A file's bytes, or its size when that is over `maxBytes` (then nothing is read). Synchronous,
 * on one descriptor (open, fstat, read, close): for thousands of small files that costs a
 * fraction of async reads, and a separate stat by path.
 */
function readUpTo(path: string, maxBytes: number): Uint8Array | number {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return size;
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(fd, bytes, filled, size - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return filled === size ? bytes : bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
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
        result.rejected.push({ file: rel, reason: `broken or looping symbolic link: ${describe(error)}` });
      }
    } else if (!(await lstat(join(dir, entry.name))).isDirectory()) result.rejected.push({ file: rel, reason: 'not a regular file' });
  }
  return paths;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const messages: Record<string, string> = { EACCES: 'permission denied', ELOOP: 'too many levels of symbolic links', ENOENT: 'no such file' };
  return (code && messages[code]) ?? (error as Error).message;
}
