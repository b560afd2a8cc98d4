import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, tooLarge, type RawFile } from '../pipeline';
import type { Rejection } from '../schema';
import { describeFsError } from './fs-errors';
import type { ListedFile } from './list-folder';

/** Reads one listed file and its sidecar; a file too large or unreadable is a rejection. */
export function readListedFile(dir: string, listed: ListedFile, maxBytes = DEFAULT_MAX_BYTES): RawFile | Rejection {
  try {
    const bytes = readUpTo(join(dir, listed.file), maxBytes);
    if (typeof bytes === 'number') return { file: listed.file, reason: tooLarge(bytes, maxBytes) };
    const raw: RawFile = { file: listed.file, bytes };
    if (listed.sidecar) raw.sidecar = { file: listed.sidecar, text: readFileSync(join(dir, listed.sidecar), 'utf8') };
    return raw;
  } catch (error) {
    return { file: listed.file, reason: `cannot be read: ${describeFsError(error)}` };
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

