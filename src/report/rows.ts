import type { IngestResult, Issue, MetadataOrigin, Note, Rejection } from '../schema';
import { furnitureReason } from './furniture';

/** What the maintainer's extraction table shows of one raw file. */
export interface ExtractionRow {
  /** The raw file, relative to the input folder. */
  file: string;
  /** `issue`: the file an issue's text comes from; `copy`: merged into another file's issue; `rejected`. */
  kind: 'issue' | 'copy' | 'rejected';
  /** The issue the file became or was merged into; null when rejected. */
  issueId: string | null;
  title: string | null;
  /** Where the title came from (`fallback`: the text states none). */
  titleFrom: MetadataOrigin | null;
  date: string | null;
  dateFrom: MetadataOrigin | null;
  publisher: string | null;
  sections: number;
  takeaways: number;
  /** What looks wrong, in words; empty when nothing does. */
  flags: string[];
  /** A copy: the file whose text the issue shows. A rejection: the reason. */
  detail: string | null;
}

/** Everything the extraction table and report need: small enough to keep beside a build. */
export interface ExtractionReport {
  /** The input folder as the user named it. */
  input: string;
  counts: { files: number; issues: number; duplicates: number; rejected: number };
  /** One row per file, in file-name order. */
  rows: ExtractionRow[];
  rejected: Rejection[];
  notes: Note[];
}

/** A text this long (characters of body) should have more than one section, if it is a newsletter. */
export const LONG_TEXT_CHARS = 6000;
/** Less body than this (characters) is no body at all: a page of furniture whose text was lost. */
export const MIN_BODY_CHARS = 200;
/** More than this share of a file's lines removed as junk deserves a look… */
export const MAX_REMOVED_SHARE = 0.7;
/** …when at least this many lines were removed (a short e-mail loses a few header lines, rightly). */
export const MIN_REMOVED_LINES = 10;
/** Heading flags listed per row; the rest are counted. */
const HEADINGS_SHOWN = 2;

/** The extraction report of an ingest run: one row per file, rejections and notes. Pure. */
export function extractionReport(input: string, result: IngestResult): ExtractionReport {
  const byId = new Map(result.issues.map((issue) => [issue.id, issue]));
  const rows: ExtractionRow[] = result.issues.map((issue) => issueRow(issue, issue.sources[0].file, 'issue'));
  for (const copy of result.duplicates) {
    const issue = byId.get(copy.canonical);
    if (issue) rows.push({ ...issueRow(issue, copy.file, 'copy'), flags: [], detail: issue.sources[0].file });
  }
  for (const rejection of result.rejected) {
    rows.push({ file: rejection.file, kind: 'rejected', issueId: null, title: null, titleFrom: null, date: null, dateFrom: null, publisher: null, sections: 0, takeaways: 0, flags: ['rejected'], detail: rejection.reason });
  }
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    input,
    counts: { files: rows.length, issues: result.issues.length, duplicates: result.duplicates.length, rejected: result.rejected.length },
    rows,
    rejected: result.rejected,
    notes: result.notes,
  };
}

function issueRow(issue: Issue, file: string, kind: 'issue' | 'copy'): ExtractionRow {
  return {
    file,
    kind,
    issueId: issue.id,
    title: issue.title,
    titleFrom: issue.origin.title,
    date: issue.date,
    dateFrom: issue.date ? issue.origin.date : null,
    publisher: issue.publisher,
    sections: issue.sections.length,
    takeaways: issue.takeaways.length,
    flags: issueFlags(issue),
    detail: null,
  };
}

/** What looks suspicious about an issue's extraction, each in a few words. */
export function issueFlags(issue: Issue): string[] {
  const flags: string[] = [];
  if (issue.origin.title === 'fallback') flags.push('no title found');
  else {
    const reason = furnitureReason(issue.title);
    if (reason) flags.push(`title looks like ${reason}`);
  }
  const odd = issue.sections.flatMap((section) => {
    const reason = section.heading === null ? null : furnitureReason(section.heading);
    return reason ? [`heading "${clip(section.heading!, 40)}" looks like ${reason}`] : [];
  });
  flags.push(...odd.slice(0, HEADINGS_SHOWN));
  if (odd.length > HEADINGS_SHOWN) flags.push(`${odd.length - HEADINGS_SHOWN} more headings look like furniture`);
  const { chars, pieces } = body(issue);
  if (chars < MIN_BODY_CHARS) flags.push('no body found');
  else if (issue.sections.length === 1 && chars >= LONG_TEXT_CHARS) flags.push(`one section in ${chars} characters`);
  const removed = issue.removed.length;
  const share = removed / (removed + pieces || 1);
  if (removed >= MIN_REMOVED_LINES && share > MAX_REMOVED_SHARE) flags.push(`${Math.round(share * 100)}% of lines removed`);
  return flags;
}

/** Characters of body text, and the pieces (lines, near enough) it was kept as. */
function body(issue: Issue): { chars: number; pieces: number } {
  let chars = 0;
  let pieces = 0;
  const add = (text: string) => {
    chars += text.length;
    pieces++;
  };
  for (const section of issue.sections) {
    if (section.heading) add(section.heading);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph' || block.kind === 'quote') add(block.text);
      else if (block.kind === 'list') block.items.forEach(add);
      else if (block.kind === 'figure') add(`${block.title} ${block.caption}`);
      else add(block.items.map((e) => e.name).join(', '));
    }
  }
  return { chars, pieces };
}

/** A text cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
