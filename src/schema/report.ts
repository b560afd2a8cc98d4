import { z } from 'astro/zod';

/** A line the pipeline took out of the reader's text, and why. */
export const RemovedLineSchema = z.object({
  /** 1-based line number in the decoded file. */
  line: z.number().int().positive(),
  /** The line's text (after normalisation). */
  text: z.string(),
  /** Id of the rule that removed it, e.g. `share-buttons` or `metadata:title`. */
  rule: z.string().min(1),
});

/** Something a maintainer should know about one file: a missing date, an appended article… */
export const NoteSchema = z.object({
  /** The raw file's name, relative to the input folder. */
  file: z.string(),
  /** 1-based line the note is about, when it is about one. */
  line: z.number().int().positive().optional(),
  /** Id of the rule or check that raised it. */
  rule: z.string().min(1),
  /** A readable sentence. */
  message: z.string().min(1),
});

/** A raw file that did not become an issue, and why. */
export const RejectionSchema = z.object({
  file: z.string(),
  reason: z.string().min(1),
});

/** A raw file merged into another issue as a copy of it. */
export const DuplicateSchema = z.object({
  file: z.string(),
  /** Id of the issue it was merged into. */
  canonical: z.string(),
  /** Similarity to the canonical copy, 0–1. */
  similarity: z.number().min(0).max(1),
});

export type RemovedLine = z.output<typeof RemovedLineSchema>;
export type Note = z.output<typeof NoteSchema>;
export type Rejection = z.output<typeof RejectionSchema>;
export type Duplicate = z.output<typeof DuplicateSchema>;
