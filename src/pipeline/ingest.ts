import type { Duplicate, IngestResult, Issue, Note, Rejection } from '../schema';
import type { Fingerprint } from './dedupe/fingerprint';
import { findNearDuplicates, type GroupItem } from './dedupe/find-near-duplicates';
import { mergeGroup } from './dedupe/merge-duplicates';
import { relatedSections } from './dedupe/related-sections';
import { createHash } from 'node:crypto';
import { ingestFile, type FileOutcome, type IngestOptions, type RawFile } from './ingest-file';

/** Progress callback: called after each file with the count done and the total. */
export type Progress = (done: number, total: number) => void;

/**
 * Runs the pipeline over every raw file and assembles the report: near-duplicate copies become
 * one issue, and every file ends up as an issue, a merged duplicate or a rejection
 * (`files = issues + duplicates + rejected`). Output depends only on the files' names and
 * contents, never on the order they are given in.
 */
export function ingestAll(
  files: RawFile[],
  options: IngestOptions & { onProgress?: Progress; rejected?: Rejection[]; cache?: Map<string, FileOutcome> },
): IngestResult {
  const rulesKey = options.cache ? JSON.stringify(options.rules, (_key, value) => (value instanceof RegExp ? value.source : value)) : '';
  const sorted = [...files].sort(byFile);
  const outcomes = sorted.map((raw, i) => {
    const outcome = cached(raw, options, rulesKey);
    options.onProgress?.(i + 1, sorted.length);
    return outcome;
  });
  return assemble(outcomes, options.rejected ?? [], options.timings);
}

/** Orders anything with a file name by it, in code-unit order (the same on every machine). */
export function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Groups the parsed files, merges copies, links related sections, and builds the report. */
export function assemble(outcomes: FileOutcome[], alreadyRejected: Rejection[], timings?: Record<string, number>): IngestResult {
  const start = performance.now();
  const items: GroupItem[] = [];
  const rejected: Rejection[] = [...alreadyRejected];
  const notes: Note[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'issue') items.push({ issue: outcome.issue, fingerprint: outcome.fingerprint });
    else {
      rejected.push(outcome.rejection);
      notes.push(...outcome.notes);
    }
  }
  const { groups } = findNearDuplicates(items);
  const issues: Issue[] = [];
  const canonicalPrints: Fingerprint[] = [];
  const duplicates: Duplicate[] = [];
  for (const group of groups) {
    const members = group.map((index) => items[index]);
    if (members.length === 1) {
      issues.push(members[0].issue);
      canonicalPrints.push(members[0].fingerprint);
      continue;
    }
    const merged = mergeGroup(members);
    issues.push(merged.issue);
    canonicalPrints.push(merged.canonical.fingerprint);
    duplicates.push(...merged.duplicates);
  }
  // The few issues with "also covered in" links get them in copies: the parsed issues stay
  // as they are (the dev server's cache holds them), and the rest need no copy at all.
  const links = relatedSections(issues, canonicalPrints);
  const linked = issues.map((issue, i) => {
    const bySection = links.get(i);
    return bySection ? { ...issue, sections: issue.sections.map((section) => ({ ...section, related: bySection.get(section.id) ?? [] })) } : issue;
  });
  linked.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  rejected.sort(byFile);
  duplicates.sort(byFile);
  for (const issue of linked) notes.push(...issue.notes);
  notes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  if (timings) timings.dedupe = (timings.dedupe ?? 0) + performance.now() - start;
  return { issues: linked, duplicates, rejected, notes };
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
