import { ingestFile, type FileOutcome, type IngestOptions } from '../pipeline';
import type { ListedFile } from './list-folder';
import { readListedFile } from './read-file';

/**
 * Reads one listed file and runs the pipeline on it; a file that cannot be read is a rejection.
 * The one unit of work of both lanes: this thread's and each worker's.
 */
export function parseListedFile(dir: string, listed: ListedFile, options: IngestOptions): FileOutcome {
  const start = options.timings ? performance.now() : 0;
  const raw = readListedFile(dir, listed, options.maxBytes);
  if (options.timings) options.timings.read = (options.timings.read ?? 0) + performance.now() - start;
  return 'reason' in raw ? { kind: 'rejected', rejection: raw, notes: [] } : ingestFile(raw, options);
}
