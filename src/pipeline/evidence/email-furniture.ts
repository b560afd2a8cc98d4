/**
 * E-mail furniture in the text: confidentiality notices and "Sent from my …" / "Sent from the
 * … list" lines that mail clients, employers and list servers append to a message. (Header
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
/** Words every gateway banner has, before its full pattern. */
const BANNER_HINT = /[Oo]utside|[Ee]xternal/u;
/** A mail gateway's banner: "CAUTION: This email originated from outside of the organisation. Do not click links …" */
const OUTSIDE_SENDER = caseless(/\b(?:originated|comes|came) from (?:outside|an external sender)|\bexternal (?:e-?mail|sender)\b.{0,80}\b(?:links|attachments)\b/iu);
const SENT_FROM = caseless(/^sent (?:from|via) (?:my|the|outlook|gmail|mail)\b.{0,80}$/iu);

/** The e-mail furniture kind of one line, or null. */
export function emailFurnitureOf(text: string): string | null {
  if (text.length < 600 && HINT.test(text) && CONFIDENTIAL.test(text)) return 'email:confidentiality';
  if (SENT_FROM.test(text)) return 'email:sent-from';
  if (text.length < 400 && BANNER_HINT.test(text) && OUTSIDE_SENDER.test(text)) return 'email:external-banner';
  return null;
}
