/**
 * Takes personal data out of one reader-visible text: the addresses of an e-mail forward's
 * sender and recipients, personal addresses anywhere, and tracking or per-recipient parts of
 * links. The pipeline already removes the forward's header lines; this catches what survives
 * in kept text (a header quoted inside a paragraph, a link in the body).
 */
import { LinkifyIt } from 'linkify-it';
import { ADDRESS, isPublicContactAddress } from './scrub-address';
import { scrubUrl } from './scrub-url';

/** Shown where an address was. */
export const ADDRESS_REMOVED = '[address removed]';
/** Shown where a personal or tracking link was. */
export const LINK_REMOVED = '[link removed]';

/** Links with and without a scheme ("www.example.org/…"); addresses are found by ADDRESS instead, which knows every top-level domain. */
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false });

/** Nothing to do in a text without these: most paragraphs, so most texts are returned untouched. */
const MAY_HOLD = /@|%40|\/\/|www\.|\.[a-z]{2,}\//i;

/** Header fields that carry mailboxes, as mail programs write them in a forward. */
const HEADER_FIELD = '(?:From|FROM|To|TO|Cc|CC|cc|Bcc|BCC|Reply-To|Reply-to|REPLY-TO|Sender|SENDER)';
/** Any header field: where one field's value ends when a forward's header is run into one line. */
const NEXT_FIELD = '\\s(?:From|To|Cc|CC|Bcc|BCC|Sent|Date|Subject|Reply-To)\\s*:';
/** A mailbox header field and its value, up to the line's end or the next field. */
const HEADER = new RegExp(`(?<=^|\\s|>)(${HEADER_FIELD}\\s*:)((?:(?!${NEXT_FIELD})[^\\n])*)`, 'gu');

/** "From: Jane Smith <jane.smith@…>" → "From: [address removed]": the name goes with the address. */
function cutHeaderMailboxes(text: string): string {
  return text.replace(HEADER, (whole, field: string, value: string) => (/@|%40/i.test(value) ? `${field} ${ADDRESS_REMOVED}` : whole));
}

/** Each link cleaned by scrubUrl; a mailto: link kept only for a public contact address. */
function scrubLinks(text: string): string {
  const matches = linkify.test(text) ? linkify.match(text) ?? [] : [];
  let out = '';
  let at = 0;
  for (const match of matches) {
    let replacement: string;
    if (match.schema === 'mailto:') {
      const address = match.raw.replace(/^mailto:/i, '').split('?')[0];
      replacement = isPublicContactAddress(address, text.slice(0, match.index)) ? address : ADDRESS_REMOVED;
    } else {
      replacement = scrubUrl(match.raw) ?? LINK_REMOVED;
    }
    out += text.slice(at, match.index) + replacement;
    at = match.lastIndex;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** Every address that is not a public contact address. */
function scrubAddresses(text: string): string {
  return text.replace(ADDRESS, (address: string, offset: number, whole: string) =>
    isPublicContactAddress(address, whole.slice(0, offset)) ? address : ADDRESS_REMOVED,
  );
}

/** The text as it may be published; the same string when there is nothing to take out. */
export function scrubText(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return scrubAddresses(scrubLinks(cutHeaderMailboxes(text)));
}
