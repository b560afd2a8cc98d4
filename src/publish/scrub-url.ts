/**
 * Cleans one URL found in a briefing's text before it is published. A newsletter's links are
 * made for one recipient: mail services add campaign and subscriber parameters, wrap every link
 * in a click-tracking redirect, and put the recipient's own token in unsubscribe links. None of
 * that is the article's address, and some of it identifies the person the mail was sent to.
 */

/** Parameters that track a campaign or a click (Google Analytics, Mailchimp, HubSpot, Marketo, Eloqua, Salesforce, ad networks). */
const TRACKING_PARAMETER =
  /^(?:utm_.*|mc_cid|mc_eid|_hsenc|_hsmi|__hs[a-z]+|hsctatracking|mkt_tok|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|twclid|ttclid|li_fat_id|oly_enc_id|oly_anon_id|vero_id|vero_conv|ck_subscriber_id|sc_cid|s_cid|et_rid|et_cid|elq[a-z]*|sp(?:mailing|user|job|report)id|_bta_[a-z]+|wickedid|ml_subscriber(?:_hash)?|sfmc_[a-z]+|__s)$/i;

/** Parameters that carry who the mail was sent to: an address, a subscriber id or a personal token. */
const PERSONAL_PARAMETER =
  /^(?:e|u|email|e-?mail|mail|token|access_token|auth|auth_?token|subscriber|subscriber_?id|recipient|recipient_?id|uid|user_?id|contact_?id|member_?id|sig|signature)$/i;

/** Links that exist only for the recipient: unsubscribing, opting out, managing their preferences. */
const PERSONAL_LINK = /unsub|opt-?out|(?:e-?mail|manage|update)[-_]?preferences|preference[-_]?cent(?:er|re)|list-manage\.com\/(?:profile|unsubscribe)|\/manage[-_/]?subscription/i;

/** Services that wrap a link in a redirect (Outlook Safe Links, Proofpoint, mail services' link trackers). */
const REDIRECT_HOST =
  /(?:^|\.)(?:safelinks\.protection\.outlook\.com|urldefense\.(?:proofpoint\.)?com|list-manage\.com|sendgrid\.net|mandrillapp\.com|hubspotlinks\.com|exct\.net|createsend\d*\.com|cmail\d+\.com)$/i;

/** Host names that mail services give their click trackers (`click.example-mail.com`, `trk.…`). */
const REDIRECT_HOST_LABEL = /^(?:click|clicks|clicktrack|track|tracking|trk|ct|mailtrack)\d*\./i;

/** Click-tracking paths: SendGrid `/ls/click` and `/wf/click`, Mailchimp `/track/click`, Amazon SES `/CL0/`, HubSpot `/e3t/`, Substack `/redirect/`. */
const REDIRECT_PATH = /^\/(?:ls\/click|wf\/click|track\/click|CL0\/|e3t\/|redirect\/)/i;

/** How many redirect wrappers deep a link is unwrapped (a Safe Link around a tracked link is two). */
const MAX_UNWRAP = 4;

/** A URL as written, parsed for its host and path (a link written without a scheme counts as http). */
function parse(raw: string): URL | null {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : raw.startsWith('//') ? `http:${raw}` : `http://${raw}`);
  } catch {
    return null;
  }
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** The link a redirect wrapper points to, if it says: a parameter whose value is a URL, or Proofpoint's `/v3/__URL__;…`. */
function wrappedLink(url: URL): string | null {
  const proofpoint = /^\/v3\/__(.+?)__;/.exec(url.pathname + url.search);
  if (proofpoint) return proofpoint[1];
  for (const value of url.searchParams.values()) if (/^https?:\/\//i.test(value)) return value;
  return null;
}

/** Whether a URL is a click-tracking redirect rather than the page itself. */
export function isTrackingRedirect(raw: string): boolean {
  const url = parse(raw);
  return url !== null && (REDIRECT_HOST.test(url.hostname) || REDIRECT_HOST_LABEL.test(url.hostname) || REDIRECT_PATH.test(url.pathname));
}

/**
 * The URL as it may be published, or null when the whole link must go:
 * - an unsubscribe or preferences link is the recipient's own (its token is theirs), so it goes;
 * - a click-tracking redirect is replaced by the link it wraps, cleaned in turn; one that does
 *   not say where it leads (SendGrid's `upn=…`) goes;
 * - otherwise tracking and personal parameters are cut and the rest is kept as written.
 */
export function scrubUrl(raw: string, depth = 0): string | null {
  if (PERSONAL_LINK.test(raw)) return null;
  const url = parse(raw);
  if (url === null) return raw;
  if (isTrackingRedirect(raw)) {
    const inner = depth < MAX_UNWRAP ? wrappedLink(url) : null;
    return inner === null ? null : scrubUrl(inner, depth + 1);
  }
  const queryAt = raw.indexOf('?');
  if (queryAt === -1) return raw;
  const hashAt = raw.indexOf('#', queryAt);
  const query = raw.slice(queryAt + 1, hashAt === -1 ? undefined : hashAt);
  const kept = query.split('&').filter((pair) => {
    const name = decoded(pair.split('=')[0]);
    return pair !== '' && !TRACKING_PARAMETER.test(name) && !PERSONAL_PARAMETER.test(name);
  });
  const fragment = hashAt === -1 ? '' : raw.slice(hashAt);
  return `${raw.slice(0, queryAt)}${kept.length > 0 ? `?${kept.join('&')}` : ''}${fragment}`;
}
