import { ingestFile, type FileOutcome, type IngestOptions } from './ingest-file';
import { readListedFile, type ListedFile } from './read-input';

/** Reads one listed file and runs the pipeline on it; a file that cannot be read is a rejection. */
export function ingestListedFile(dir: string, listed: ListedFile, options: IngestOptions): FileOutcome {
  const start = options.timings ? performance.now() : 0;
  const raw = readListedFile(dir, listed, options.maxBytes);
  if (options.timings) options.timings.read = (options.timings.read ?? 0) + performance.now() - start;
  return 'reason' in raw ? { kind: 'rejected', rejection: raw, notes: [] } : ingestFile(raw, options);
}
