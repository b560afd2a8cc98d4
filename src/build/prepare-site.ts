/**
 * The build's first step: ingest the briefings (only files changed since the last build are
 * parsed again: the parse outcomes are kept in the build's state folder), publish them
 * (`publicIssues`, in the archive's order) and hand them to the pages
 * (src/data/prepared.ts). Returns the ingest result for the maintainer's report.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareIssues } from '../data/archive-order';
import { PREPARED_ISSUES } from '../data/prepared';
import { parseRules } from '../pipeline';
import { publicIssues } from '../publish/public-issue';
import { ingestFolder, tuneForBatch, OutcomeCache } from '../runner';
import type { IngestResult, PublicIssue } from '../schema';
import type { Settings } from '../settings';
import { inputsDigest } from './inputs-digest';

export interface PreparedSite {
  result: IngestResult;
  /** The published issues, newest first. */
  issues: PublicIssue[];
}

export interface PrepareOptions {
  root: string;
  settings: Settings;
  /** Where the parse outcomes are kept between builds. */
  outcomesFile: string;
  /** The folder the pages read the issues from. */
  preparedDir: string;
  onStart?: (files: number, threads: number) => void;
  onProgress?: (done: number, total: number) => void;
}

export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  const { root, settings } = options;
  const rules = parseRules(readFileSync(resolve(root, settings.rules), 'utf8'), settings.rules);
  // Outcomes parsed by other pipeline code are not reused.
  const cache = OutcomeCache.load(options.outcomesFile, inputsDigest(root, ['src/pipeline', 'src/schema', 'src/runner', 'package-lock.json'], {}));
  // A build is a process that ingests and ends (see batch-v8-flags.ts).
  tuneForBatch();
  const result = await ingestFolder(resolve(root, settings.input), {
    rules,
    maxBytes: settings.maxBytes,
    permalinks: resolve(root, settings.permalinks),
    cache,
    onStart: options.onStart,
    onProgress: options.onProgress,
  });
  if (cache.changed) cache.save(options.outcomesFile);
  const issues = publicIssues(result.issues).sort(compareIssues);
  mkdirSync(options.preparedDir, { recursive: true });
  const file = join(options.preparedDir, PREPARED_ISSUES);
  writeFileSync(`${file}.tmp`, JSON.stringify({ issues }));
  renameSync(`${file}.tmp`, file);
  return { result, issues };
}
