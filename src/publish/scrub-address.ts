/**
 * Which e-mail addresses in a briefing's text may be published. A newsletter's own contact
 * address ("write to press@publisher.org") is public by design and useful to readers; the
 * addresses of the person who forwarded the mail, its recipients or anyone named in it are not.
 * The text cannot tell a publisher's domain from anyone else's, so the evidence is the address
 * itself: a role mailbox (press@, info@…) names a desk, not a person.
 */

/** Every e-mail address, also percent-encoded (`jane%40example.com`, as in a link's query). */
export const ADDRESS = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+(?:@|%40)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/** Mailboxes that name a role or a desk rather than a person. */
const ROLE_MAILBOX =
  /^(?:info|press|media|contact|contactus|enquiries|inquiries|editor|editors|editorial|newsroom|news|newsletters?|subscriptions?|support|help|hello|feedback|office|communications|comms|events|letters|tips|secretariat|membership|members)$/i;

/** Words just before an address that say it is the recipient's ("This e-mail was sent to …"). */
const RECIPIENT_CONTEXT = /\b(?:sent to|delivered to|forwarded (?:to|by)|addressed to|subscribed (?:as|with)|intended for|received by)\W{0,3}$/i;

/**
 * Whether an address may stay in published text: a role mailbox (`press@`, `info@`,
 * `contact@`…), and not one the text says the mail was sent to. Every other address is
 * treated as a person's.
 */
export function isPublicContactAddress(address: string, textBefore = ''): boolean {
  const mailbox = address.split(/@|%40/i)[0];
  return ROLE_MAILBOX.test(mailbox) && !RECIPIENT_CONTEXT.test(textBefore.slice(-40));
}
