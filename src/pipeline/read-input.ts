import { readFileSync, statSync } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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

/**
 * Reads every raw file under `dir` (recursively, skipping dot-files) with its sidecar.
 * An unreadable, oversized, looping or unsupported entry becomes a rejection, never an error.
 */
export async function readInputFolder(dir: string, maxBytes = DEFAULT_MAX_BYTES): Promise<InputFolder> {
  const result: InputFolder = { files: [], rejected: [], notes: [] };
  const paths = await walk(dir, dir, result);
  const sidecars = new Map(paths.filter((p) => SIDECAR.test(p)).map((p) => [p.replace(SIDECAR, ''), p]));
  const used = new Set<string>();
  for (const path of paths.filter((p) => !SIDECAR.test(p))) {
    if (!RAW.test(path)) {
      result.rejected.push({ file: path, reason: 'unsupported file type: raw briefings are .txt (or .md) files' });
      continue;
    }
    try {
      // Synchronous reads: for thousands of small files they cost a fraction of async ones.
      const info = statSync(join(dir, path));
      if (info.size > maxBytes) {
        result.rejected.push({ file: path, reason: tooLarge(info.size, maxBytes) });
        continue;
      }
      const bytes = new Uint8Array(readFileSync(join(dir, path)));
      const sidecarPath = sidecars.get(path.replace(RAW, ''));
      const raw: RawFile = { file: path, bytes };
      if (sidecarPath) {
        used.add(sidecarPath);
        raw.sidecar = { file: sidecarPath, text: readFileSync(join(dir, sidecarPath), 'utf8') };
      }
      result.files.push(raw);
    } catch (error) {
      result.rejected.push({ file: path, reason: `cannot be read: ${describe(error)}` });
    }
  }
  for (const sidecar of sidecars.values()) {
    if (!used.has(sidecar)) result.notes.push({ file: sidecar, rule: 'sidecar', message: 'sidecar has no raw file beside it; ignored' });
  }
  return result;
}

async function walk(root: string, dir: string, result: InputFolder): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    const rel = relative(root, full).split(sep).join('/');
    if (entry.isDirectory()) paths.push(...(await walk(root, full, result)));
    else if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        if (target.isFile()) paths.push(rel);
        else result.rejected.push({ file: rel, reason: 'symbolic link to a folder: not followed' });
      } catch (error) {
        result.rejected.push({ file: rel, reason: `broken or looping symbolic link: ${describe(error)}` });
      }
    } else if (entry.isFile()) paths.push(rel);
    else if (!(await lstat(full)).isDirectory()) result.rejected.push({ file: rel, reason: 'not a regular file' });
  }
  return paths;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const messages: Record<string, string> = { EACCES: 'permission denied', ELOOP: 'too many levels of symbolic links', ENOENT: 'no such file' };
  return (code && messages[code]) ?? (error as Error).message;
}
