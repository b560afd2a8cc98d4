import { z } from 'astro/zod';

const issueId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'issue id must be a lowercase slug');
const sectionId = z.string().regex(/^[\p{L}\p{N}_-]+$/u, 'section id must be a URL-safe slug');

/** A section as recorded: its permanent id, the heading it had, and ids that redirect to it. */
export const PermalinkSectionSchema = z.object({
  /** The section's permanent anchor id. */
  id: sectionId,
  /** Its heading when last built (null for an untitled section), to recognise it when edited. */
  heading: z.string().nullable(),
  /** Former ids of this section; `/issues/<id>/<former>/` and `#<former>` redirect to it. */
  former: z.array(sectionId),
});

/** An issue as recorded: the files behind it, and every id that must keep working. */
export const PermalinkEntrySchema = z.object({
  /** Its raw files (relative to the input folder), canonical first: a changed file finds its issue by path. */
  files: z.array(z.string().min(1)).min(1),
  /** The first 16 hex digits of each file's SHA-256: a renamed file finds its issue by content. */
  sha256: z.array(z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits')),
  /** Former ids of this issue (merged-away copies, renames); they redirect to it. */
  former: z.array(issueId),
  /** Its sections, in reading order. */
  sections: z.array(PermalinkSectionSchema),
});

/**
 * The permalink record (`permalinks.json` in the input folder): every issue id ever published,
 * with what it points at. Written by the build and `npm run ingest`, committed with the briefings.
 */
export const PermalinkRecordSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** Issues by permanent id. */
  issues: z.record(issueId, PermalinkEntrySchema),
});

export type PermalinkRecord = z.output<typeof PermalinkRecordSchema>;
export type PermalinkEntry = z.output<typeof PermalinkEntrySchema>;
export type PermalinkSection = z.output<typeof PermalinkSectionSchema>;
