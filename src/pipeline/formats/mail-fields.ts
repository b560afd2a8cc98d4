/**
 * Reading e-mail header values into stated metadata: a subject without its `Fwd:`/`Re:`
 * prefixes, the date as written in `Date:` (not shifted to UTC), and the sender's display
 * name (never the address). Shared by the message's own headers and inline forward blocks.
 */
import { parseDate } from '../text/dates';
import type { StatedMetadata } from './types';

/** Reply and forward prefixes in the languages analysts' clients write ("AW:", "转发:"). */
const PREFIX = /^\s*(?:(?:re|fw|fwd|aw|wg|tr|rv|sv|vs|antw|转发|回复|答复)\s*(?:\[\d+\])?\s*[:：]\s*)+/iu;
/**
 * Tags a mail gateway puts before an outside sender's subject ("[EXTERNAL]", "*EXTERNAL*",
 * "EXT:", "[外部邮件]"): the recipient's mail system speaking, never the sender's title.
 */
export const GATEWAY_TAG = /^\s*(?:\[\s*(?:external|ext|extern|externe|caution|warning|外部邮件|外部)\s*\]|\*+\s*external\s*\*+|(?:EXTERNAL|EXT)\s*:)\s*/iu;
/** A mailing list's tag on every subject: "[mainland-monitor] …", "[China-L] …" (one word, no spaces). */
export const LIST_TAG = /^\s*\[[\p{L}\p{N}._-]{2,40}\]\s*(?=\S)/u;
/** The date in a header value: RFC 2822 ("3 Mar 2026"), Gmail ("Mar 3, 2026"), ISO. */
const HEADER_DATE = /\d{1,2} \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日/u;

/** A subject without reply/forward prefixes and a list's tag; null when nothing is left. */
export function cleanSubject(subject: string | undefined): string | null {
  if (!subject) return null;
  let clean = subject;
  for (let before = ''; before !== clean;) {
    before = clean;
    clean = clean.replace(GATEWAY_TAG, '').replace(PREFIX, '').replace(LIST_TAG, '');
  }
  clean = clean.replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}

/** The ISO date a `Date:` value states, or null. */
export function headerDate(value: string | undefined): string | null {
  const written = value ? HEADER_DATE.exec(value) : null;
  return written ? parseDate(written[0]) : null;
}

/**
 * The sender's display name as a publisher candidate: `"Sinocism" <x@y>` → Sinocism; Substack's
 * "Bill Bishop from Sinocism" → Sinocism. Null when only an address is given: an address is
 * personal data and never a publisher.
 */
export function senderName(value: string | undefined): string | null {
  if (!value) return null;
  const name = value.replace(/<[^>]*>/g, '').replace(/\[mailto:[^\]]*\]/gi, '').replace(/["']/g, '').replace(/\s+/g, ' ').trim();
  if (name === '' || name.includes('@')) return null;
  const from = / from (.+)$/u.exec(name);
  return from ? from[1]!.trim() : name;
}

/** Stated metadata from the header fields of one message (own headers or a forward block). */
export function statedFromFields(fields: Record<string, string | undefined>): StatedMetadata {
  const title = cleanSubject(fields.subject);
  const date = headerDate(fields.date ?? fields.sent);
  const publisher = senderName(fields.from);
  return { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(publisher ? { publisher } : {}) };
}
