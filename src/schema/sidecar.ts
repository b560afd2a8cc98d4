import { z } from 'astro/zod';
import { isMatch } from 'date-fns';

/** A real calendar date in ISO form: `2026-02-31` is refused, not rolled over. */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (yyyy-mm-dd)')
  .refine((value) => isMatch(value, 'yyyy-MM-dd'), 'not a real calendar date');

/**
 * `<name>.meta.json` or `<name>.meta.yaml` beside a raw file: metadata that the text lacks or
 * gets wrong. Every field is optional; what is given overrides what the text says.
 */
export const SidecarSchema = z.object({
  /** The title. */
  title: z.string().min(1).optional(),
  /** Publication date (ISO). */
  date: CalendarDateSchema.optional(),
  /** Publisher name. */
  publisher: z.string().min(1).optional(),
  /** Series name. */
  series: z.string().min(1).optional(),
  /** Dateline place. */
  place: z.string().min(1).optional(),
  /** `newsletter` or `article`. */
  format: z.enum(['newsletter', 'article']).optional(),
  /** The week covered. */
  week: z.object({ start: CalendarDateSchema, end: CalendarDateSchema }).optional(),
  /** Category label. */
  category: z.string().min(1).optional(),
  /** Extra tags. */
  tags: z.array(z.string().min(1)).optional(),
});

/** The fields a sidecar may carry, for reporting unknown ones. */
export const SIDECAR_FIELDS = Object.keys(SidecarSchema.shape);

export type Sidecar = z.output<typeof SidecarSchema>;
