import { z } from 'astro/zod';

/**
 * The kinds of text the pipeline keeps out of an issue, in the words readers see. Rule ids are
 * the maintainer's vocabulary; readers get one of these (see src/publish/left-out.ts).
 */
export const LeftOutKindSchema = z.enum([
  'page-furniture',
  'email-header',
  'mailing-list-footer',
  'closing-links',
  'publisher-blurb',
  'details-shown-above',
  'repeated-text',
  'appended-article',
  'publisher-boilerplate',
]);

/** How many lines of one kind were left out of an issue: a count, never the lines' text. */
export const LeftOutSchema = z.object({
  /** What kind of text it was. */
  kind: LeftOutKindSchema,
  /** How many lines of that kind were left out. */
  lines: z.number().int().positive(),
});

export type LeftOutKind = z.output<typeof LeftOutKindSchema>;
export type LeftOut = z.output<typeof LeftOutSchema>;
