/**
 * What a format converter (e-mail, web page) hands the chain: plain text in the shape the text
 * path reads (one block a line, `#` headings, `- ` items, `> ` quotes), the metadata the file
 * states in its structure, and what was left out before the text existed.
 */

/** Metadata the file states outside its text (a `Subject:` header, `og:title`…): stated, never guessed. */
export interface StatedMetadata {
  title?: string;
  /** ISO date (yyyy-mm-dd). */
  date?: string;
  publisher?: string;
}

/** A converted file. */
export interface Converted {
  text: string;
  stated: StatedMetadata;
  /** Messages for the ingest report (which part was used, attachments, a charset that lied). */
  notes: string[];
  /** Elements left out before the text existed, counted by reason (`script`, `navigation`…). */
  dropped: Record<string, number>;
}

/** A converted file, or why it cannot be one. */
export type ConvertResult = ({ ok: true } & Converted) | { ok: false; reason: string };

/** Adds `n` to the count of `reason`. */
export function countDropped(dropped: Record<string, number>, reason: string, n = 1): void {
  dropped[reason] = (dropped[reason] ?? 0) + n;
}

/** "3 scripts, 1 navigation" style summary of dropped counts, in a stable order. */
export function describeDropped(dropped: Record<string, number>): string {
  return Object.entries(dropped)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
}
