import { z } from 'astro/zod';
import { SectionSchema } from './section';
import { TakeawaySchema } from './takeaway';
import { NoteSchema, RemovedLineSchema } from './report';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (yyyy-mm-dd)');

/** One raw file behind an issue. */
export const SourceSchema = z.object({
  /** File name relative to the input folder. */
  file: z.string().min(1),
  /** SHA-256 of the file's bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Similarity to the canonical copy (1 for the canonical copy itself). */
  similarity: z.number().min(0).max(1),
});

/** The week an issue says it covers ("for the week of February 2 - February 6, 2026"). */
export const WeekSchema = z.object({
  /** First day covered. */
  start: isoDate,
  /** Last day covered. */
  end: isoDate,
  /** The phrase as written in the source. */
  text: z.string().min(1),
});

/** Where each metadata value came from, so nothing guessed passes as a fact. */
export const MetadataOriginSchema = z.enum(['text', 'sidecar', 'filename', 'rule', 'fallback', 'none']);

/** A briefing: one newsletter issue or one article, from one or more raw copies. */
export const IssueSchema = z.object({
  /** URL id: first made from the date, title slug and a short content hash; then kept for good by the permalink record. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'issue id must be a lowercase slug'),
  /** The title as stated, or a labelled fallback when the text states none (see `origin.title`). */
  title: z.string().min(1),
  /** Publication date (ISO) as stated in the text, a sidecar or the file name; null if unknown. */
  date: isoDate.nullable(),
  /** Who publishes it ("Kreab"), or null. */
  publisher: z.string().min(1).nullable(),
  /** The newsletter series ("SwedCham China Insights"), or null. */
  series: z.string().min(1).nullable(),
  /** `newsletter` for a periodical issue of sections, `article` for a single piece. */
  format: z.enum(['newsletter', 'article']),
  /** Dateline place ("Beijing"), or null. */
  place: z.string().min(1).nullable(),
  /** The week the issue says it covers, or null. */
  week: WeekSchema.nullable(),
  /** ISO week (`2026-W06`) of `date`, else of `week.start`; null when neither is known. */
  isoWeek: z.string().regex(/^\d{4}-W\d{2}$/).nullable(),
  /** The page's own category label ("Trade Policy"), or null. */
  category: z.string().min(1).nullable(),
  /** The page's sentiment label ("Bullish"), or null. */
  sentiment: z.string().min(1).nullable(),
  /** The page's impact score, or null. */
  impact: z.number().nullable(),
  /** Tags: the category plus any a sidecar supplies. */
  tags: z.array(z.string().min(1)),
  /** Language of the body for the page and the search index: `zh` when a tenth or more of its letters are CJK (bilingual briefings too), else `en`. */
  lang: z.string().min(2),
  /** The issue's sections, in reading order. */
  sections: z.array(SectionSchema).min(1),
  /** Every takeaway of the issue in reading order: issue-level ones first, then per section. */
  takeaways: z.array(TakeawaySchema),
  /** The raw files behind the issue, canonical first. */
  sources: z.array(SourceSchema).min(1),
  /** Ids this issue was known by before (merged-away copies, ids the record retired); the site redirects them. */
  aliases: z.array(z.string()),
  /** Where title, date, publisher and series came from. */
  origin: z.object({
    title: MetadataOriginSchema,
    date: MetadataOriginSchema,
    publisher: MetadataOriginSchema,
    series: MetadataOriginSchema,
  }),
  /** Lines of the canonical file kept out of the text, each with the rule that removed it. */
  removed: z.array(RemovedLineSchema),
  /** Notes about this issue (missing metadata, an appended article…). */
  notes: z.array(NoteSchema),
});

export type Issue = z.output<typeof IssueSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Week = z.output<typeof WeekSchema>;
export type MetadataOrigin = z.output<typeof MetadataOriginSchema>;
