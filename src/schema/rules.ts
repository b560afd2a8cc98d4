import { z } from 'astro/zod';

/**
 * Flags for a rules pattern: always case-insensitive; Unicode mode only when the pattern uses a
 * Unicode escape (`\p{L}`), because V8 runs case-insensitive Unicode patterns about ten times
 * slower, and these run on every line of every file.
 */
function flagsFor(source: string, extra = ''): string {
  return `i${extra}${/\\[pPu]\{/.test(source) ? 'u' : ''}`;
}

/** A regular expression written as a string in a rules file; compiled case-insensitive. */
export const PatternSchema = z.string().min(1).transform((source, ctx) => {
  try {
    return new RegExp(source, flagsFor(source));
  } catch (error) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a valid regular expression: ${(error as Error).message}` });
    return z.NEVER;
  }
});

/** A publisher-detection pattern: like PatternSchema, and `^`/`$` also match at line ends. */
export const DetectPatternSchema = z.string().min(1).transform((source, ctx) => {
  try {
    return new RegExp(source, flagsFor(source, 'm'));
  } catch (error) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a valid regular expression: ${(error as Error).message}` });
    return z.NEVER;
  }
});

/**
 * A boilerplate rule. `line`: remove each line that matches. `tail`: a line that matches starts
 * the page's tail (related links, methodology, unsubscribe footer); it and everything after it
 * are removed. `paragraph`: remove a paragraph that matches (a publisher blurb).
 */
export const BoilerplateRuleSchema = z.object({
  /** Rule id, reported with every line it removes. */
  id: z.string().regex(/^[a-z0-9:-]+$/, 'rule ids are lowercase words joined by dashes'),
  /** What the rule matches against. */
  scope: z.enum(['line', 'tail', 'paragraph']),
  /** The pattern; it must match the whole line unless it uses no anchors on purpose. */
  pattern: PatternSchema,
  /** Why such lines are junk, in one phrase for the report. */
  reason: z.string().min(1),
  /** The rule only applies to lines this long at most (lets a pattern stay unanchored and fast). */
  maxChars: z.number().int().positive().optional(),
});

/** Rules for one publisher or site: how to recognise it and what of its pages is junk. */
export const PublisherRuleSchema = z.object({
  /** Short id (`kreab`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The publisher's name as it should be shown. */
  name: z.string().min(1),
  /**
   * Any of these patterns identifies the publisher. They are searched in the first and last
   * 3,000 characters of a file, where mastheads, blurbs and footers stand.
   */
  detect: z.array(DetectPatternSchema).min(1),
  /** The series name to assume when the text names the publisher but no series; optional. */
  series: z.string().min(1).optional(),
  /**
   * A site or app that shows others' writing (a thread unroller, a reader app): its junk rules
   * apply, but its name is never given as the publisher (the writer is). Default false.
   */
  host: z.boolean().default(false),
  /** The format of this publisher's briefings when the text does not make it clear. */
  format: z.enum(['newsletter', 'article']).optional(),
  /** Junk specific to this publisher's pages. */
  boilerplate: z.array(BoilerplateRuleSchema).default([]),
  /** Extra labels that introduce explicit takeaways in this publisher's briefings. */
  takeawayCues: z.array(z.string().min(1)).default([]),
});

/** The rules file (`content/publishers.yaml`). */
export const RulesFileSchema = z.object({
  publishers: z.array(PublisherRuleSchema),
});

export type BoilerplateRule = z.output<typeof BoilerplateRuleSchema>;
export type PublisherRule = z.output<typeof PublisherRuleSchema>;
export type RulesFile = z.output<typeof RulesFileSchema>;
