/**
 * Which title a converted file states: its header (an e-mail's `Subject:`, a page's `og:title`
 * or `<title>`) or the headline its body sets as the first `<h1>`. A subject often carries what
 * the headline does not: a series or label ("China Trade Compass #52: …", "EU-China Desk | …",
 * "Client Alert: …") or a site name ("…--时政--人民网"). The choice is made by evidence, never by a
 * list of prefixes:
 *
 * - the headline is contained in the header title (what is left over is a label): the headline;
 * - the header title is "label: words" and the headline starts with those words (a shortened
 *   headline under a series label): the headline;
 * - the headline's content words are nearly all in the header title (the same headline, the
 *   subject shortened or wrapped in an edition label: "Weekly Brief | Issue 11 | Consumption
 *   plan, …" over "Weekly Brief: a consumption plan, …"): the headline, as the body sets it;
 * - no headline confirms it, but the label is the sender's or site's own name, or a masthead
 *   line of the body, give or take an issue number: the header title without the label;
 * - otherwise the header title as stated.
 */
import { fold } from '../text/fold';
import { contentWords } from '../text/content-words';

/** A headline this much of the header title at least: shorter, it is a section heading inside. */
const MIN_HEADLINE_SHARE = 0.4;
/** The words after a label match the headline's start only when there are this many characters. */
const MIN_SHARED_CHARS = 12;
/** "Label: words", "Label | words", "Label – words": the label is short, the words the rest. */
const LABELLED = /^(.{2,60}?)(?:\s+[|–—-]\s+|\s*[:：|｜]\s*)(.+)$/u;
/** A headline with this many content words at least can be matched by its words. */
const MIN_HEADLINE_WORDS = 4;
/** Share of the headline's content words the header title must hold. */
const MIN_WORD_SHARE = 0.8;

/** Whether the header title holds nearly every content word of the headline (and it has a few). */
function sameWords(headline: string, stated: string): boolean {
  const own = contentWords(headline);
  if (own.size < MIN_HEADLINE_WORDS) return false;
  const theirs = contentWords(stated);
  let shared = 0;
  for (const word of own) if (theirs.has(word)) shared++;
  return shared >= own.size * MIN_WORD_SHARE;
}

/** An issue number after a series' name ("#52", "No. 9", "Issue 52", "第46期"). */
const ISSUE_NUMBER = /\s*(?:#|no\.?|issue|vol\.?|edition|第)\s*\d+[\p{L}/\d]*$|\s+\d+$/iu;

/**
 * The title to state, from the header's `stated` title, the body's first `<h1>` (`headline`,
 * null when the body has none) and names the file gives its sender (`names`: the sender's
 * display name, the site name, the body's masthead lines).
 */
export function chooseStatedTitle(stated: string, headline: string | null, names: readonly string[]): string {
  const s = fold(stated);
  const labelled = LABELLED.exec(stated);
  if (headline) {
    const h = fold(headline);
    if (h === s) return stated;
    if (h.length > 0 && s.includes(h) && h.length >= s.length * MIN_HEADLINE_SHARE) return headline;
    const rest = labelled ? fold(labelled[2]!) : '';
    if (rest.length >= MIN_SHARED_CHARS && h.startsWith(rest)) return headline;
    if (sameWords(headline, stated)) return headline;
  }
  if (labelled) {
    const label = fold(labelled[1]!.replace(ISSUE_NUMBER, ''));
    if (label.length > 0 && names.some((name) => fold(name.replace(ISSUE_NUMBER, '')) === label)) return labelled[2]!.trim();
  }
  return stated;
}
