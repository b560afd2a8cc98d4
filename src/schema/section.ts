import { z } from 'astro/zod';
import { BlockSchema } from './block';
import { TakeawaySchema } from './takeaway';

/** A section of another issue that covers the same story in largely the same words. */
export const RelatedSectionSchema = z.object({
  /** The other issue's id. */
  issueId: z.string(),
  /** The section's id in that issue. */
  sectionId: z.string(),
  /** Shingle similarity, 0–1 (see src/pipeline/grouping/thresholds.ts). */
  similarity: z.number().min(0).max(1),
});

/** A section of an issue: a heading (or none, for an untitled introduction) and its blocks. */
export const SectionSchema = z.object({
  /** Anchor id: unique in the issue; first made from the heading, then kept by the permalink record. */
  id: z.string().regex(/^[\p{L}\p{N}_-]+$/u, 'section id must be a URL-safe slug'),
  /** The heading verbatim, or null for an untitled section. */
  heading: z.string().min(1).nullable(),
  /** The section's content in reading order. */
  blocks: z.array(BlockSchema),
  /** The takeaways of this section (also listed, in order, in the issue's `takeaways`). */
  takeaways: z.array(TakeawaySchema),
  /** "Also covered in": sections of other issues on the same story, most similar first. */
  related: z.array(RelatedSectionSchema),
  /** Former ids of this section (an edited or re-parsed heading, a merged-away copy's); the site redirects them here. */
  aliases: z.array(z.string().regex(/^[\p{L}\p{N}_-]+$/u)),
});

export type Section = z.output<typeof SectionSchema>;
export type RelatedSection = z.output<typeof RelatedSectionSchema>;
