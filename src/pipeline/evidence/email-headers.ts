import { GATEWAY_TAG, LIST_TAG } from '../formats/mail-fields';
import type { Unit } from '../stages/04-units';

/** One e-mail message's header block as the text states it. */
export interface EmailMessage {
  /** The `From:` display name ("EU-China Desk"), without the address; null when only an address. */
  senderName: string | null;
  /** The `Date:`/`Sent:` value as written. */
  date: string | null;
  /** The `Subject:` value as written. */
  subject: string | null;
  /** Indexes (into the units given) of the header block's lines. */
  indexes: number[];
  /** Whether the block is a memo's (TO, FROM and RE or SUBJECT). */
  memo?: boolean;
}

/** What the e-mail structure of a file says: its messages, outermost first. */
export interface EmailStructure {
  messages: EmailMessage[];
  /**
   * Indexes of the units before the innermost forwarded message that are not header fields: the
   * forwarder's own note and signature ("FYI - item 1 is relevant…"). They are not the briefing.
   */
  forwardNote: number[];
  /** Indexes of the forward separators ("---------- Forwarded message ---------"). */
  separators: number[];
}

/**
 * Header fields as mail clients write them, transport fields included (`Content-Type:` and
 * `X-Mailer:` come with a saved raw message). Measures: is this line part of a header block?
 */
const FIELD = /^(?<field>from|to|cc|bcc|sent|date|subject|re|reply-to|sender|return-path|message-id|mime-version|content-type|content-transfer-encoding|importance|priority|precedence|attachments|thread-topic|thread-index|list-[a-z-]+|x-[a-z-]+):\s*(?<value>.*)$/iu;
/** The fields that make a block a message header, not a stray "Date:" in a form. */
const DEFINING = new Set(['from', 'subject', 'sent', 'date']);
/** Separators mail clients put above a forwarded or quoted message. */
const SEPARATOR = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?|_{5,})$/iu;
/** A memo's header block stands under its letterhead, this many units from the top at most. */
const MEMO_HEAD_UNITS = 8;
/** Units searched for header blocks: forwards sit near the top, below a short note. */
const SEARCH_UNITS = 60;

/**
 * Reads the e-mail header blocks of a file: the one it opens with, and each forwarded message's
 * (after a separator, or a second block). Why: the innermost message is the publication (its
 * subject is the title, its date the publication date, its sender the publisher); the outer
 * ones are the forwarder's.
 */
export function readEmailStructure(units: Unit[]): EmailStructure {
  const messages: EmailMessage[] = [];
  const separators: number[] = [];
  const limit = Math.min(units.length, SEARCH_UNITS);
  let i = 0;
  while (i < limit) {
    if (SEPARATOR.test(units[i].text)) separators.push(i);
    const block = readBlock(units, i);
    // (A memo's block, TO/FROM/RE, may stand under its letterhead: "BRENNER & VALK GROUP" /
    // "INTERNAL BRIEFING NOTE" / "Classification: Internal" / "TO: …".)
    if (block && (i === 0 || messages.length > 0 || separators.length > 0 || i <= 2 || (i <= MEMO_HEAD_UNITS && block.memo))) {
      messages.push(block);
      i = block.indexes.at(-1)! + 1;
      continue;
    }
    i++;
  }
  const forwardNote: number[] = [];
  // A forward: two header blocks, or one under a forward separator (the outer one copied from a
  // mail program's reading pane has no "From:" to read: subject, sender and date lines alone).
  const innermost = messages.at(-1);
  if (innermost && (messages.length > 1 || separators.some((at) => at < innermost.indexes[0]))) {
    const headerLines = new Set(messages.flatMap((message) => message.indexes));
    for (let k = 0; k < innermost.indexes[0]; k++) if (!headerLines.has(k) && !separators.includes(k)) forwardNote.push(k);
  }
  return { messages, forwardNote, separators };
}

/** A block of ≥ 2 header fields starting at `start`, one of them From/Subject/Date/Sent. */
function readBlock(units: Unit[], start: number): EmailMessage | null {
  const fields: [string, string][] = [];
  const indexes: number[] = [];
  for (let k = start; k < units.length; k++) {
    const field = FIELD.exec(units[k].text);
    if (!field?.groups) {
      // A long field folded onto the next line (RFC 5322 §2.2.3; the indent is gone once the
      // text is normalized): a line between two fields continues the one above it.
      // (Or, last of the block, a line right under it that goes on in lower case: "… grain," / "and the Strait".)
      if (fields.length === 0 || units[k].text.length > 200) break;
      const after = units[k + 1];
      const folded = after ? FIELD.test(after.text) : false;
      const goesOn = /^\p{Ll}/u.test(units[k].text) && units[k].lines[0] === units[k - 1].lines.at(-1)! + 1;
      if (!(folded || goesOn)) break;
      fields[fields.length - 1][1] += ` ${units[k].text}`;
      indexes.push(k);
      continue;
    }
    fields.push([field.groups.field.toLowerCase(), field.groups.value.trim()]);
    indexes.push(k);
  }
  if (fields.length < 2 || !fields.some(([name]) => DEFINING.has(name))) return null;
  const value = (...names: string[]) => fields.find(([name]) => names.includes(name))?.[1] ?? null;
  const memo = fields.some(([name]) => name === 'to') && fields.some(([name]) => name === 'from') && fields.some(([name]) => name === 're' || name === 'subject');
  // ("RE:" is a memo's subject field; in a mail's header it is a subject's prefix, never a field.)
  return { senderName: displayName(value('from')), date: value('date', 'sent'), subject: value('subject', 're'), indexes, memo };
}

/**
 * The display name of a `From:` value ("EU-China Desk <updates@…>"); a Substack-style
 * "Tomasz Reyes-Lindqvist from The Provincial Ledger" names the publication after "from".
 */
export function displayName(from: string | null): string | null {
  if (!from) return null;
  const name = from.replace(/<[^>]*>/g, '').replace(/\S+@\S+/g, '').replace(/^["']|["']$/g, '').trim().replace(/^["']|["']$/g, '').trim();
  if (!name || /[@<>]/.test(name)) return null;
  const via = / from (\p{Lu}.+)$/u.exec(name);
  return via ? via[1].trim() : name;
}

/**
 * A subject line as a title: without `Fwd:`/`Re:`/`FW:` prefixes, a list's `[tag]` and emoji. Why: clients and
 * senders add both; neither is part of the briefing's title.
 */
export function cleanSubject(subject: string): string {
  let text = subject.replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]/gu, ' ');
  let before: string;
  do {
    before = text;
    text = text.replace(/^\s*(?:fwd?|fw|re|aw|wg|tr|回复|转发)\s*[:：]\s*/iu, '').replace(GATEWAY_TAG, '').replace(LIST_TAG, '');
  } while (text !== before);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a subject marks the message as forwarded or a reply (`FW:`, `Fwd:`, `Re:`, 转发…). Why:
 * then its sender is whoever passed the briefing on, a person, not the publisher, and their
 * name must be neither the publisher nor shown (tests/fixtures/private-mail).
 */
export function isPassedOn(subject: string | null): boolean {
  return subject !== null && /^\s*(?:fwd?|fw|re|aw|wg|tr|回复|转发)\s*[:：]/iu.test(subject);
}
