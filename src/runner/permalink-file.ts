import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { EMPTY_RECORD, parsePermalinkRecord, serializePermalinkRecord } from '../pipeline';
import type { PermalinkRecord } from '../schema';

export { PERMALINKS_FILE } from '../pipeline/limits';

/** The record in `path`, or an empty one when there is none yet. Throws PermalinkRecordError when it is broken. */
export function readPermalinkFile(path: string): PermalinkRecord {
  return existsSync(path) ? parsePermalinkRecord(readFileSync(path, 'utf8'), path) : EMPTY_RECORD;
}

/** Writes the record when its text changed (renamed into place, so a reader never sees half of it); says whether it did. */
export function writePermalinkFile(path: string, record: PermalinkRecord): boolean {
  const text = serializePermalinkRecord(record);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
  return true;
}
