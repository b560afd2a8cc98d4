import { z } from 'astro/zod';
import { IssueSchema } from './issue';
import { LeftOutSchema } from './left-out';

/**
 * An issue as it is published (pages, `/issues.json`, RSS, the search index): the validated
 * issue without the text of its removed lines, which stays with the maintainer
 * (`npm run ingest --json`). Made by `publicIssue` in src/publish/public-issue.ts, which also
 * takes personal addresses and tracking tokens out of every text.
 */
export const PublicIssueSchema = IssueSchema.omit({ removed: true }).extend({
  /** What was kept out of the text, as counts by kind, most lines first. */
  leftOut: z.array(LeftOutSchema),
  /** The search index the issue is in: `zh` when any of its text is Chinese (see src/publish/search-language.ts), else `en`. */
  searchLang: z.enum(['en', 'zh']),
});

export type PublicIssue = z.output<typeof PublicIssueSchema>;
