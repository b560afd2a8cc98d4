/**
 * Cuts what pages and mailers glue to a headline: a site name before or after it ("… - Xinhua",
 * "… | Reuters", "…_新华网", "LOTUS ADVISORY | Regulatory Radar China"), an episode label
 * ("Episode 112: …", "#31 …") and a trailing date ("China Business Weekly - 22 November 2024"). Why: the
 * briefing's title is the headline; the site is the publisher, the date is the date.
 */
import { findDates } from '../text/dates';
import { EMOJI_SOURCE } from '../text/emoji';
import { hasOrgWord, isAllCaps, isNameShaped } from './title-furniture';

const NO_LINES: ReadonlySet<string> = new Set();
/**
 * A social thread's marks around its opening words: "THREAD:" or "🧵" before, "🧵", "👇",
 * "(1/12)", a bare "1/" or "(a thread)" after. (Not a number before or glued on: "1/3 of …" and
 * "Q1/2" are fractions and periods.)
 */
const THREAD_MARK = /^(?:(?:a )?thread\s*[:：]\s*|🧵\s*)|(?:\s*🧵|\s*👇|\s+\(1\/\d*\)|\s+1\/|\s+\(?a thread\)?)+\s*$/giu;
const SEPARATOR = /\s+[|–—-]\s+|_(?=[^_]+$)/u;
/** "Episode 112: …", "Ep. 4 – …", "#31 …", "S4 E14: …": an episode's number before its title. */
const EPISODE = /^(?:(?:episode|ep\.?)\s*\d+\s*[:|–—-]|#\d{1,4}(?:\s*[:|–—-])?|(?:s\d{1,2}\s*)?e\d{1,3}\s*[:|–—-])\s*(?=\S)/iu;

/**
 * A wire's status tag before its headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)",
 * "UPDATE 2-", "EXCLUSIVE-": the story's place in the wire's run, not part of its headline.
 */
const WIRE_TAG = /^(?:\((?:lead|urgent|\d+(?:st|nd|rd|th) ld|ld|news focus|news analysis|exclusive|update(?: \d+)?|refile|corrected|correction|amended|recast|flash|breaking)\)\s+|(?:update \d+|exclusive|refile|corrected|breakingviews|analysis|insight|factbox|explainer)-(?=\S))/iu;
/** Emoji a mailer sets before a subject ("🧲 Beijing's rare-earth rulebook …"). */
const LEADING_EMOJI = new RegExp(`^(?:${EMOJI_SOURCE}\\uFE0F?\\s*)+`);

/**
 * The headline without its site-name prefix or suffix, episode label or date suffix. `names`
 * are names the text states elsewhere (the sender, the masthead): a part equal to one of them
 * is cut whatever its shape; otherwise only a part set in capitals or shaped like an
 * organisation's name ("Xinhua", "… Daily", "新华网") is. `siteLines` are the page's own short
 * name-shaped lines, lower-cased ("Finance Portal" as the masthead over "… - Finance Portal"): a
 * part standing on the page as a line of its own is the site, when the other part does not and
 * is longer.
 */
export function cutSiteAffixes(title: string, names: readonly string[], siteLines: ReadonlySet<string> = NO_LINES): string {
  let text = title.replace(EPISODE, '').replace(THREAD_MARK, '').replace(WIRE_TAG, '').replace(LEADING_EMOJI, '');
  const known = new Set(names.map((name) => name.toLowerCase()));
  const parts = text.split(SEPARATOR);
  if (parts.length === 2) {
    const [head, tail] = parts.map((part) => part.trim());
    const isSite = (part: string, other: string) =>
      known.has(part.toLowerCase()) || (siteLines.has(part.toLowerCase()) && !siteLines.has(other.toLowerCase()) && other.length > part.length) || ((isAllCaps(part) || (isNameShaped(part) && hasOrgWord(part)) || /网$/u.test(part)) && other.length > part.length);
    const isDate = (part: string) => findDates(part).length > 0 && part.replace(/[\d\s,./-]|\p{L}{3,9}/gu, '').length <= 2 && part.length <= 30;
    if (isDate(tail)) text = head;
    else if (isSite(tail, head)) text = head;
    else if (isSite(head, tail)) text = tail;
  }
  return text.trim();
}
