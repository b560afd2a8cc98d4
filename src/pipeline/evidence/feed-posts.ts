/**
 * A feed of posts (a channel's page, a timeline pasted whole): each post closes on its footer,
 * a line with its engagement count ("2.1K views", "4.2K views · 6 Mar 2026, 18:40", "3:14 PM ·
 * Mar 4, 2026 · 12.1K Views"). Why: a channel page carries the posts before and after the one
 * the archive is about, in the same shape as it; no line of them says it is another post's, but
 * a footer under prose above the title does. When one stands there, the title's post runs from
 * that footer to the first footer after the title, and the rest of the page is other posts'.
 */
import { isProse } from '../text/line-shape';
import type { Unit } from '../stages/04-units';

/** An engagement count on a line: the mark of a post's footer. */
const ENGAGEMENT = /(?:^|[\s·•|])[\d.,]+\s?[kKmM]?\+?\s*(?:views?|likes?|repl(?:y|ies)|reposts?|reads?)\b/iu;
/** A footer line is this long at most (a count, a date and time, "edited"). */
const MAX_FOOTER_CHARS = 60;
/** A post's text stands this many lines above its footer at most (a row of reactions, its tags between). */
const POST_TO_FOOTER = 3;

/** The lines (first line numbers) bounding the title's post on a feed page. */
export interface FeedPost {
  /** The footer of the post above the title's: it and everything above it are other posts'. */
  after: number;
  /** The post's own footer, if the page sets one: everything below it is other posts'. */
  footer: Unit | null;
}

/** Whether a line is a post's footer (see ENGAGEMENT). */
export function isPostFooter(text: string): boolean {
  return text.length <= MAX_FOOTER_CHARS && ENGAGEMENT.test(text);
}

/**
 * The title's post on a feed page (`page`: all the page's units, in order), or null when no
 * footer under prose stands above the title: any page but a feed.
 */
export function feedPost(page: Unit[], title: Unit): FeedPost | null {
  const at = page.findIndex((unit) => unit.lines[0] === title.lines[0]);
  if (at === -1) return null;
  let above = -1;
  for (let i = at - 1; i > 0 && above === -1; i--) {
    if (isPostFooter(page[i].text) && page.slice(Math.max(0, i - POST_TO_FOOTER), i).some((unit) => isProse(unit.text))) above = i;
  }
  if (above === -1) return null;
  const footer = page.slice(at + 1).find((unit) => isPostFooter(unit.text)) ?? null;
  return { after: page[above].lines[0], footer };
}
