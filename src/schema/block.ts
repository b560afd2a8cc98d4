import { z } from 'astro/zod';

/** A paragraph of body prose, verbatim apart from whitespace normalisation. */
export const ParagraphBlockSchema = z.object({
  kind: z.literal('paragraph'),
  /** The paragraph's text as the reader sees it (typography kept). */
  text: z.string().min(1),
});

/** A bulleted or numbered list; glued numbering ("1The …") is already removed. */
export const ListBlockSchema = z.object({
  kind: z.literal('list'),
  /** True when the source numbered its items. */
  ordered: z.boolean(),
  /** The items' texts, in order, without their markers. */
  items: z.array(z.string().min(1)).min(1),
});

/** A chart or table reference: its title line and its "Source: …" caption. */
export const FigureBlockSchema = z.object({
  kind: z.literal('figure'),
  /** The chart's title as printed above its source line. */
  title: z.string().min(1),
  /** The caption, usually starting with "Source:". */
  caption: z.string().min(1),
});

/** A quotation set apart from the prose (e.g. "> " lines of an e-mail or Markdown text). */
export const QuoteBlockSchema = z.object({
  kind: z.literal('quote'),
  /** The quoted text without its quoting markers. */
  text: z.string().min(1),
});

/** One named thing a page tags ("China country", "Logistics Providers / companyPositive"). */
export const EntitySchema = z.object({
  /** The entity's name as printed. */
  name: z.string().min(1),
  /** Its type as the page labelled it (country, organization, company…), or null. */
  type: z.string().nullable(),
  /** A sentiment the page attached to it (Positive, Negative, Neutral…), or null. */
  sentiment: z.string().nullable(),
});

/** A strip of entities: page data, not prose. */
export const EntitiesBlockSchema = z.object({
  kind: z.literal('entities'),
  /** The entities in the order the page lists them. */
  items: z.array(EntitySchema).min(1),
});

/** Any block of an issue section. */
export const BlockSchema = z.discriminatedUnion('kind', [
  ParagraphBlockSchema,
  ListBlockSchema,
  FigureBlockSchema,
  QuoteBlockSchema,
  EntitiesBlockSchema,
]);

export type Block = z.output<typeof BlockSchema>;
export type Entity = z.output<typeof EntitySchema>;
