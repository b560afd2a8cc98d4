/**
 * Saved e-mails (`.eml`, RFC 5322 + MIME) to the chain's input text. The MIME tree comes from
 * letterparser (pure JS and synchronous, as the chain is: postal-mime and mailparser only parse
 * asynchronously). Bodies are read back as bytes and decoded here (charset.ts), so a declared
 * charset is checked against the bytes and an undeclared one is found. The HTML part is
 * preferred (it keeps headings and lists), the plain part is the fallback; an attached
 * message (`message/rfc822`) or an inline forward is unwrapped and the original's headers win.
 * Attachments are listed in notes, never inlined.
 */
import { parse, type LetterparserNode } from 'letterparser';
import { bytesOf, decodeCharset, latin1 } from './charset';
import { unwrapForwards } from './forward';
import { convertMarkup, dropAboveHeadline, headlineOf } from './html';
import { headerDate, statedFromFields } from './mail-fields';
import { chooseStatedTitle } from './title-choice';
import { fold } from '../text/fold';
import { countDropped, type ConvertResult, type StatedMetadata } from './types';

/** The first line of a message is a header field ("Received:", "From:", "MIME-Version:"…). */
const FIRST_HEADER = /^[\x21-\x39\x3b-\x7e]+:/;
/** Every byte to the character windows-1252 decodes it to, and back: a lossless round trip. */
const W1252 = Array.from({ length: 256 }, (_, b) => new TextDecoder('windows-1252').decode(Uint8Array.of(b)));
const FROM_W1252 = new Map(W1252.map((char, b) => [char, b]));

interface Part {
  type: string;
  charset: string | null;
  bytes: Uint8Array;
}

/** Converts a saved e-mail's bytes. Never throws; malformed MIME is a rejection with the parser's reason. */
export function convertEml(bytes: Uint8Array): ConvertResult {
  // A byte-order mark, or the "From sender date" line an mbox export puts before the headers.
  const raw = latin1(bytes).replace(/^\xef\xbb\xbf/, '').replace(/^From [^\n]*\n/, '');
  if (!FIRST_HEADER.test(raw)) return { ok: false, reason: 'not an e-mail: the file does not start with header lines (From:, Subject:…)' };
  let root: LetterparserNode;
  try {
    root = parse(keepCharsetsAsBytes(raw));
  } catch (error) {
    return { ok: false, reason: `malformed MIME: ${(error as Error).message}` };
  }
  const dropped: Record<string, number> = {};
  const notes: string[] = [];
  const message = innermostMessage(root, dropped);
  const { html, plain } = bodyParts(message, notes, dropped);
  const part = html ?? plain;
  if (!part) return { ok: false, reason: `e-mail has no text body${notes.length ? ` (${notes.join('; ')})` : ''}` };
  const decoded = decodeCharset(part.bytes, part.charset);
  if (decoded.note) notes.push(decoded.note);
  let text = decoded.text;
  const fields = fieldsOf(message);
  if (part === html) {
    const converted = convertMarkup(text, false, { datedElsewhere: headerDate(fields.date) !== null });
    if (!converted.ok) return converted;
    for (const [reason, n] of Object.entries(converted.dropped)) countDropped(dropped, reason, n);
    text = converted.text;
  }
  notes.unshift(`e-mail: ${part === html ? 'HTML part used' : 'plain-text part used (no HTML part)'}`);
  const forward = unwrapForwards(text, dropped);
  const stated: StatedMetadata = { ...statedFromFields(fields), ...(forward.fields ? statedFromFields(forward.fields) : {}) };
  if (forward.text.trim() === '') return { ok: false, reason: 'e-mail has no body text after its forward headers' };
  let body = forward.text;
  if (part === html) {
    body = body.replace(/^\s*\n/, '');
    if (stated.title) stated.title = chooseStatedTitle(stated.title, headlineOf(body) ?? subjectLine(body, stated.title), [...(stated.publisher ? [stated.publisher] : []), ...mastheadLines(body)]);
    body = dropAboveHeadline(stated.title ? markHeadline(body, stated.title) : body, dropped);
  }
  return { ok: true, text: body, stated, notes, dropped };
}

/** Blocks at the top of a body searched for the subject's line. */
const HEADLINE_BLOCKS = 8;

/**
 * A template without an `<h1>` often repeats the subject as a styled line at the top (a table
 * cell in Ghost's and Campaign Monitor's layouts): that plain line is the headline, and is marked
 * as one, so the text chain sees where the article starts. Nothing changes when the body has a
 * level-one heading already, or no plain line is the title (a heading that is stays as set).
 */
function markHeadline(text: string, title: string): string {
  const blocks = text.split('\n\n');
  const top = blocks.slice(0, HEADLINE_BLOCKS);
  if (top.some((block) => block.startsWith('# '))) return text;
  const wanted = fold(title);
  const at = top.findIndex((block) => !block.includes('\n') && !/^(?:#|- |> )/.test(block) && fold(block) === wanted);
  if (at === -1) return text;
  blocks[at] = `# ${blocks[at]}`;
  return blocks.join('\n\n');
}

/** A line the subject holds is its headline when it is this much of the subject at least. */
const MIN_SUBJECT_SHARE = 0.4;
const MIN_SUBJECT_LINE_CHARS = 12;

/**
 * Without an `<h1>`, a plain line at the body's top that the subject holds, with a label around
 * it ("Client Alert: <line>", "<line> | Firm"), is the headline the subject wraps: an Outlook
 * template sets it in bold type, not as a heading. Null when no such line stands there.
 */
function subjectLine(text: string, subject: string): string | null {
  const wanted = fold(subject);
  for (const block of text.split('\n\n', HEADLINE_BLOCKS)) {
    // A bold paragraph comes out as a lower-level heading ("### …"): its text is the line.
    const line = block.replace(/^#{2,6} /, '');
    if (line.includes('\n') || /^(?:#|- |> )/.test(line)) continue;
    const key = fold(line);
    if (key.length >= MIN_SUBJECT_LINE_CHARS && key !== wanted && key.length >= wanted.length * MIN_SUBJECT_SHARE && wanted.includes(key)) return line.trim();
  }
  return null;
}

/** Lines of the body's top this short (in words) may be its masthead ("EU-CHINA DESK"). */
const MAX_MASTHEAD_WORDS = 6;
const MASTHEAD_BLOCKS = 8;

/** The short plain lines among the body's first blocks: where a newsletter sets its own name. */
function mastheadLines(text: string): string[] {
  return text.split('\n\n', MASTHEAD_BLOCKS).flatMap((block) => block.split('\n')).map((line) => line.replace(/^#+ /, ''))
    .filter((line) => line !== '' && line.split(/\s+/).length <= MAX_MASTHEAD_WORDS);
}

/**
 * Rewrites every `charset=` of a text part to windows-1252 (keeping the declared one as
 * `x-declared`), so the parser's own decoding is a lossless byte round trip and the bytes can be
 * decoded here, with checks. Unknown labels no longer make the parser throw either.
 */
function keepCharsetsAsBytes(raw: string): string {
  return raw.replace(/^(content-type:[ \t]*text\/[\w.+-]+)((?:[^\n]*)(?:\r?\n[ \t][^\n]*)*)/gim, (_, type: string, params: string) => {
    const declared = /charset\s*=\s*"?([^";\s]+)"?/i.exec(params)?.[1];
    const rest = params.replace(/;?\s*charset\s*=\s*"?[^";\s]+"?/i, '');
    return `${type}; charset=windows-1252${declared ? `; x-declared="${declared}"` : ''}${rest}`;
  });
}

/** An attached original (`message/rfc822`) when there is one, followed down to the innermost. */
function innermostMessage(node: LetterparserNode, dropped: Record<string, number>): LetterparserNode {
  let message = node;
  for (let inner = findAttachedMessage(message); inner; inner = findAttachedMessage(message)) {
    countDropped(dropped, 'forwarding message');
    message = inner;
  }
  return message;
}

function findAttachedMessage(node: LetterparserNode): LetterparserNode | null {
  if (!Array.isArray(node.body)) return null;
  for (const child of node.body) {
    if (child.contentType.type === 'message/rfc822' && child.body && typeof child.body === 'object' && !(child.body instanceof Uint8Array)) return child.body as LetterparserNode;
    const deeper = child.contentType.type.startsWith('multipart/') ? findAttachedMessage(child) : null;
    if (deeper) return deeper;
  }
  return null;
}

/** The first HTML and plain-text body parts; attachments and inline images are listed or counted. */
function bodyParts(node: LetterparserNode, notes: string[], dropped: Record<string, number>): { html: Part | null; plain: Part | null } {
  const found: { html: Part | null; plain: Part | null } = { html: null, plain: null };
  const walk = (n: LetterparserNode) => {
    if (Array.isArray(n.body)) return n.body.forEach(walk);
    if (n.contentType.type === 'message/rfc822') return;
    const disposition = (n.headers['Content-Disposition'] ?? '').toLowerCase();
    const name = /filename\*?=\s*"?([^";]+)"?/i.exec(n.headers['Content-Disposition'] ?? '')?.[1] ?? n.contentType.parameters.name;
    const isText = n.contentType.type === 'text/html' || n.contentType.type === 'text/plain';
    if (isText && !disposition.startsWith('attachment') && !name) {
      const slot = n.contentType.type === 'text/html' ? 'html' : 'plain';
      if (found[slot] === null) found[slot] = { type: n.contentType.type, charset: declaredOf(n), bytes: partBytes(n) };
      return;
    }
    if (n.contentType.type.startsWith('image/') && n.headers['Content-Id'] && !disposition.startsWith('attachment')) return countDropped(dropped, 'inline image');
    countDropped(dropped, 'attachment');
    const size = n.body instanceof Uint8Array ? n.body.length : typeof n.body === 'string' ? n.body.length : 0;
    notes.push(`attachment not included: ${name ?? '(unnamed)'} (${n.contentType.type}, ${(size / 1024).toFixed(0)} kB)`);
  };
  walk(node);
  return found;
}

function declaredOf(node: LetterparserNode): string | null {
  // Unknown labels are passed on too: decodeCharset says so in a note and reads the bytes as they are.
  return node.contentType.parameters['x-declared'] ?? null;
}

/** A text part's bytes: undoing the parser's windows-1252 decoding, or its raw 8-bit string. */
function partBytes(node: LetterparserNode): Uint8Array {
  const body = node.body as string;
  const encoded = /^(?:base64|quoted-printable)$/i.test((node.headers['Content-Transfer-Encoding'] ?? '').trim());
  if (!encoded) return bytesOf(body);
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i += 1) {
    // Every byte up to 0xff decodes to the same code point except 0x80–0x9f's defined ones
    // (€, ‘, ’…), which land above 0xff: only those need the map (a lookup per character was
    // most of this function's cost on a long part).
    const code = body.charCodeAt(i);
    bytes[i] = code <= 0xff ? code : FROM_W1252.get(body[i]!) ?? 0x3f;
  }
  return bytes;
}

/** The message's own header fields that state metadata, with raw 8-bit UTF-8 values repaired. */
function fieldsOf(message: LetterparserNode): Record<string, string | undefined> {
  const h = message.headers;
  return { subject: repair(h.Subject), date: h.Date, from: repair(h.From) };
}

/** A header sent as raw UTF-8 bytes arrives as Latin-1 characters: read them as UTF-8 when they are. */
function repair(value: string | undefined): string | undefined {
  if (!value || !/[\u0080-\u00ff]/.test(value) || /[\u0100-\uffff]/.test(value)) return value;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytesOf(value));
  } catch {
    return value;
  }
}
