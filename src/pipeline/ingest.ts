import type { IngestResult, Issue, Note, Rejection } from '../schema';
import { createHash } from 'node:crypto';
import { ingestFile, type FileOutcome, type IngestOptions, type RawFile } from './ingest-file';

/** Progress callback: called after each file with the count done and the total. */
export type Progress = (done: number, total: number) => void;

/**
 * Runs the pipeline over every raw file and assembles the report: every file ends up as an
 * issue, a merged duplicate or a rejection, and `files = issues + duplicates + rejected`.
 * Output order depends only on the files' contents and names, never on the order given.
 */
export function ingestAll(
  files: RawFile[],
  options: IngestOptions & { onProgress?: Progress; rejected?: Rejection[]; cache?: Map<string, FileOutcome> },
): IngestResult {
  const rulesKey = options.cache ? JSON.stringify(options.rules, (_key, value) => (value instanceof RegExp ? value.source : value)) : '';
  const issues: Issue[] = [];
  const rejected: Rejection[] = [...(options.rejected ?? [])];
  const notes: Note[] = [];
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  sorted.forEach((raw, i) => {
    const outcome = cached(raw, options, rulesKey);
    notes.push(...outcome.notes);
    if (outcome.kind === 'issue') issues.push(outcome.issue);
    else rejected.push(outcome.rejection);
    options.onProgress?.(i + 1, sorted.length);
  });
  issues.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  rejected.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { issues, duplicates: [], rejected, notes };
}

/** Parses a file, or reuses the outcome of an identical earlier parse (dev server reloads). */
function cached(raw: RawFile, options: IngestOptions & { cache?: Map<string, FileOutcome> }, rulesKey: string): FileOutcome {
  if (!options.cache) return ingestFile(raw, options);
  const key = createHash('sha256')
    .update(raw.file).update('\0').update(raw.bytes).update('\0')
    .update(raw.sidecar?.text ?? '').update('\0').update(rulesKey).update(String(options.maxBytes))
    .digest('hex');
  let outcome = options.cache.get(key);
  if (!outcome) {
    outcome = ingestFile(raw, options);
    options.cache.set(key, outcome);
  }
  return outcome;
}
