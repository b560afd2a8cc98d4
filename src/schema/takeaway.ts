import { z } from 'astro/zod';

/** A takeaway: the "so what" of a section or of the whole issue. */
export const TakeawaySchema = z.object({
  /** The takeaway's text, verbatim from the source. */
  text: z.string().min(1),
  /**
   * `explicit`: the source labels it ("Key Takeaways", "Bottom line:" …).
   * `inferred`: the parser recognised a newsletter section's closing analytical paragraph;
   * the text is still the author's, only its role is inferred.
   */
  kind: z.enum(['explicit', 'inferred']),
  /** The section it belongs to, or null for an issue-level takeaway (a summary box). */
  sectionId: z.string().nullable(),
});

export type Takeaway = z.output<typeof TakeawaySchema>;
