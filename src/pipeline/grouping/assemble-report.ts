import type { Duplicate, IngestResult, Note, PermalinkRecord, Rejection } from '../../schema';
import { uses } from '../evidence';
import { assignPermalinks } from '../links/assign-permalinks';
import { EMPTY_RECORD } from '../links/permalink-record';
import type { Fingerprint } from './fingerprint';
import { findNearDuplicates, type GroupItem } from './find-near-duplicates';
import { mergeGroup } from './merge-duplicates';
import { removeRecurringLines, type CopyParagraphs, type IssueParagraphs } from './recurring-lines';
import { relatedSections } from './related-sections';
import type { FileOutcome } from '../ingest-file';

/** Orders anything with a file name by it, in code-unit order (the same on every machine). */
export function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * Builds the report from every file's outcome: near-duplicate copies become one issue, short
 * lines recurring across issues are removed as template furniture, related sections are
 * linked, and every file ends up as an issue, a merged duplicate or a rejection
 * (`files = issues + duplicates + rejected`). The result depends only on the outcomes, never on
 * the order they come in (they are taken in file-name order).
 */
export function assembleReport(outcomes: FileOutcome[], options: ReportOptions = {}): { report: IngestResult; permalinks: PermalinkRecord } {
  const start = performance.now();
  const items: GroupItem[] = [];
  const paragraphsOf = new Map<GroupItem, CopyParagraphs>();
  const rejected: Rejection[] = [...(options.rejected ?? [])];
  const notes: Note[] = [];
  for (const outcome of [...outcomes].sort((a, b) => byFile(fileOf(a), fileOf(b)))) {
    if (outcome.kind === 'issue') {
      const item = { issue: outcome.issue, fingerprint: outcome.fingerprint };
      items.push(item);
      paragraphsOf.set(item, { issue: outcome.issue, candidates: outcome.shortParagraphs });
    } else {
      rejected.push(outcome.rejection);
      notes.push(...outcome.notes);
    }
  }
  const { groups } = findNearDuplicates(items);
  const grouped: IssueParagraphs[] = [];
  const canonicalPrints: Fingerprint[] = [];
  const duplicates: Duplicate[] = [];
  for (const group of groups) {
    const members = group.map((index) => items[index]);
    const copies = members.map((member) => paragraphsOf.get(member)!);
    if (members.length === 1) {
      grouped.push({ issue: members[0].issue, canonical: copies[0], copies });
      canonicalPrints.push(members[0].fingerprint);
      continue;
    }
    const merged = mergeGroup(members);
    grouped.push({ issue: merged.issue, canonical: paragraphsOf.get(merged.canonical)!, copies });
    canonicalPrints.push(merged.canonical.fingerprint);
    duplicates.push(...merged.duplicates);
  }
  // Repetition across the archive needs every issue, after grouping (copies count once).
  const recurringStart = performance.now();
  const recurring = uses(options.ablate, 'recurring-lines') ? removeRecurringLines(grouped) : { issues: grouped.map((entry) => entry.issue), notes: [], removed: 0 };
  const issues = recurring.issues;
  notes.push(...recurring.notes);
  if (options.timings) options.timings.recurring = (options.timings.recurring ?? 0) + performance.now() - recurringStart;
  // The few issues with "also covered in" links get them in copies: the parsed issues stay
  // as they are (the dev server's cache holds them), and the rest need no copy at all.
  const links = relatedSections(issues, canonicalPrints);
  const linked = issues.map((issue, i) => {
    const bySection = links.get(i);
    return bySection ? { ...issue, sections: issue.sections.map((section) => ({ ...section, related: bySection.get(section.id) ?? [] })) } : issue;
  });
  const permanent = assignPermalinks(linked, duplicates, options.permalinks ?? EMPTY_RECORD);
  const final = permanent.issues.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  rejected.sort(byFile);
  permanent.duplicates.sort(byFile);
  for (const issue of final) notes.push(...issue.notes);
  notes.push(...permanent.notes);
  notes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  if (options.timings) options.timings.dedupe = (options.timings.dedupe ?? 0) + performance.now() - start;
  return { report: { issues: final, duplicates: permanent.duplicates, rejected, notes }, permalinks: permanent.record };
}

export interface ReportOptions {
  /** Files rejected before they could be parsed (unreadable, too large, not a briefing). */
  rejected?: Rejection[];
  /** The permalink record of earlier runs: ids to keep. Without it, every id is made afresh. */
  permalinks?: PermalinkRecord;
  /**
   * When given, the milliseconds of grouping are added to it (`dedupe`), those of the
   * repetition pass also to `recurring`.
   */
  timings?: Record<string, number>;
  /** Kinds of evidence left out (see IngestOptions.ablate); `recurring-lines` is weighed here. */
  ablate?: readonly string[];
}

function fileOf(outcome: FileOutcome): { file: string } {
  return outcome.kind === 'issue' ? outcome.issue.sources[0] : outcome.rejection;
}
