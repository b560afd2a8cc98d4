/**
 * E-mail furniture in the text: confidentiality notices and "Sent from my …" / "Sent from the
 * … list" lines that mail clients, employers and list servers append to a message; the lines
 * a client adds on top (a gateway's banner, Outlook's first-contact tip, image placeholders) and
 * the letter's salutation. (Header
 * blocks and the forwarder's note are read by the header stage: evidence/email-headers.ts.)
 *
 * Why: briefings arrive forwarded, and these lines come with whatever mail program or employer
 * the forwarder has; their frames are fixed ("this message … is confidential", "sent from").
 *
 * Weight: decisive on its own for a line of a notice's length.
 */
import { caseless } from '../text/caseless';
const CONFIDENTIAL = caseless(/\b(?:th(?:is|e) (?:e-?mail|message|communication)(?: and any (?:attachments|files)(?: to it)?)? (?:is|are|may be|contains?) (?:strictly )?(?:confidential|privileged|intended)|if you (?:have )?received (?:it|this)(?: (?:e-?mail|message))? in error)\b/iu);
/** Words one of which every confidentiality notice has: a cheap test before the full pattern. */
const HINT = /onfidential|rivileged|in error|intended/u;
/** Words every gateway banner has, before its full pattern (any case: "EXTERNAL EMAIL: …"). */
const BANNER_HINT = /outside|external/i;
/** A mail gateway's banner: "CAUTION: This email originated from outside of the organisation. Do not click links …" */
const OUTSIDE_SENDER = caseless(/\b(?:originated|comes|came|was sent|is sent|arrived) from (?:outside|an external sender)|\bexternal (?:e-?mail|sender)\b.{0,80}\b(?:links|attachments)\b|^\[(?:external|ext|caution|warning)\]\s/iu);
const SENT_FROM = caseless(/^(?:sent (?:from|via) (?:my|the|outlook|gmail|mail)\b.{0,80}|get outlook for (?:ios|android|mac|windows)\b.{0,20})$/iu);

/** Outlook's first-contact safety tip: "You don't often get email from x@y. Learn why this is important". */
const FIRST_CONTACT = caseless(/^you don['’]t often get e-?mail from\b.{0,120}$/iu);
/**
 * An inline image a mail client left as a placeholder when the message was copied as text:
 * "[cid:image001.png@01DB…]", "[Logo]", "[image: Company logo]", "[Inline image 1]".
 */
const IMAGE_PLACEHOLDER = /^\[(?:cid:[^\]]{1,120}|(?:inline )?image(?:[: ][^\]]{0,80})?|logo[^\]]{0,60}|signature[^\]]{0,60}|[^\]\s]{1,40}\.(?:png|jpe?g|gif))\]$/iu;
/**
 * A letter's salutation on a line of its own: "Dear clients and friends of the firm,", "Hi all,",
 * "Dear Colleagues,". Why: a client alert pasted from a mail client opens by addressing its list;
 * the briefing starts below. A comma (or nothing) ends it, never a full stop.
 */
const SALUTATION = caseless(/^(?:dear|hi|hello|greetings|good (?:morning|afternoon|evening))\b[^.!?:]{0,60},$/iu);

/** A letter's closing on a line of its own: "Warm regards,", "Best wishes", "Yours sincerely,". */
const VALEDICTION = caseless(/^(?:(?:warm|warmest|kind|kindest|best|with best|many|with kind) regards|regards|best wishes|with best wishes|yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|respectfully)\s*,?$/iu);

/**
 * The sender's cover line over what they pass on: "Please find below this week's digest.",
 * "The PDF version is attached." Why: the frame of a covering note, the same in every office.
 */
const COVER_NOTE = caseless(/^(?:please find (?:below|attached|enclosed|here)\b|(?:i|we)(?:'m|'re| am| are) (?:pleased|happy|delighted) to (?:share|send|attach|forward)\b|(?:the |a )?(?:pdf|full|printable) version (?:is|has been) attached\b)/iu);

/**
 * A mail client's header lines left in a pasted message: the sender alone as "Name <address>"
 * (a "From: …" field is the header stage's) and Gmail's "to me" / "to me, Anna" under it. Why: a
 * webmail page copied as text keeps them above the letter, whatever the letter is.
 */
const SENDER_LINE = /^(?![\w-]{1,20}:\s)([^<>@\n]{1,80}) <[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>(?: unsubscribe)?$/iu;
const TO_ME = /^to me(?:, [^,]{1,40})*$/iu;

/**
 * The sender's display name on a reading pane's sender line ("Calder Strait Advisory
 * <briefings@…> Unsubscribe", Gmail's link beside it), or null for any other line.
 */
export function paneSenderName(text: string): string | null {
  return text.length <= 160 ? SENDER_LINE.exec(text)?.[1].trim().replace(/^["']|["']$/gu, '') ?? null : null;
}

/** The e-mail furniture kind of one line, or null. */
export function emailFurnitureOf(text: string): string | null {
  // (Cheap tests first: these run on every line of every file.)
  if (text.length <= 80 && text.endsWith(',') && SALUTATION.test(text)) return 'email:salutation';
  if (text.length <= 30 && VALEDICTION.test(text)) return 'email:valediction';
  if (text.startsWith('[') && IMAGE_PLACEHOLDER.test(text)) return 'email:image-placeholder';
  if (text.length <= 160 && (text.startsWith('You') || text.startsWith('you')) && FIRST_CONTACT.test(text)) return 'email:first-contact-tip';
  if (text.length < 600 && HINT.test(text) && CONFIDENTIAL.test(text)) return 'email:confidentiality';
  if (SENT_FROM.test(text)) return 'email:sent-from';
  if (text.length <= 200 && COVER_NOTE.test(text)) return 'email:cover-note';
  if (text.length <= 160 && (text.endsWith('>') || text.endsWith('e')) && SENDER_LINE.test(text)) return 'email:sender-line';
  if (text.length <= 60 && (text.startsWith('to') || text.startsWith('To')) && TO_ME.test(text)) return 'email:sender-line';
  if (text.length < 400 && BANNER_HINT.test(text) && OUTSIDE_SENDER.test(text)) return 'email:external-banner';
  return null;
}
