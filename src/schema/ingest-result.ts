import { z } from 'astro/zod';
import { IssueSchema } from './issue';
import { DuplicateSchema, NoteSchema, RejectionSchema } from './report';

/** What `npm run ingest -- --json` writes: the contract of docs/design.md. */
export const IngestResultSchema = z.object({
  /** The validated issues, sorted by id. */
  issues: z.array(IssueSchema),
  /** Raw files merged into an issue as copies of it. */
  duplicates: z.array(DuplicateSchema),
  /** Raw files that did not become an issue, with the reason. */
  rejected: z.array(RejectionSchema),
  /** Everything a maintainer should know, one note per problem. */
  notes: z.array(NoteSchema),
});

export type IngestResult = z.output<typeof IngestResultSchema>;
