/**
 * Verdicts that a line's neighbours decide: a sponsor's pitch under its label, a caption beside
 * its credit, a name under a date line or heading a bio, an author's role under the name, page
 * blocks (contents, chapters, ticker quotes, edition taglines), short lines below the body's
 * last prose. The strip stage runs them over its per-line verdicts (`null`: no evidence yet;
 * `'rule'`: a boilerplate rule removes the line anyway), each filling in only what is unjudged.
 *
 * Why: furniture comes in blocks whose parts look like text on their own (a sponsor's pitch is a
 * sentence, a caption a description); the block's label or shape is what gives them away.
 */
import { describesPublisher, IMAGE_COUNTER, isNameLine, isParticipantsLabel, isRoleLine, isSelfDescription, marksCaption, mastheadNames } from './credits';
import { isDateAlone, statesFullDate } from './date-lines';
import { isSpeakerTurn } from './heading-evidence';
import { chapterLines, contentsLines, editionLines, isTickerOverQuote, pageNumberLines, runningLines } from './page-blocks';
import { isEventPromoLabel, isSponsorLabel } from './ui-vocabulary';
import { TABLE_ROW } from './link-list';
import { MAX_BELOW_WORDS, type BodyZone } from './zones';
import { EMOJI_SOURCE } from '../text/emoji';
import { endsSentence, isHeadingLike, isProse, isTitleCase, parseListMarker } from '../text/line-shape';
import type { Unit } from '../stages/04-units';

/** What the marks may ask besides the lines. */
export interface MarkOptions {
  /** Whether a line is a takeaway label: such a line is never furniture. */
  isCue?: (text: string) => boolean;
}

/** Authors are named among a page's first units. */
const TOP_UNITS = 8;
/** Two full names (two or three capitalised words each) joined by "and" or "&". */
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
const TWO_PEOPLE = new RegExp(`^${NAME_WORD}(?: ${NAME_WORD}){1,2} (?:and|&) ${NAME_WORD}(?: ${NAME_WORD}){1,2}$`, 'u');
/** A caption is a sentence or two; a longer neighbour of a photo credit is body text. */
const MAX_CAPTION_WORDS = 40;

/** Contents lists, chapter lists, ticker quotes and edition taglines (evidence/page-blocks.ts). */
export function markPageBlocks(units: Unit[], verdicts: (string | null)[], options: MarkOptions): void {
  const mark = (i: number, rule: string) => {
    if (verdicts[i] !== 'rule' && !options.isCue?.(units[i].text)) verdicts[i] ??= rule;
  };
  for (const i of contentsLines(units)) mark(i, 'furniture:contents');
  for (const i of chapterLines(units)) mark(i, 'furniture:chapters');
  for (const i of editionLines(units)) mark(i, 'furniture:tagline');
  for (const i of pageNumberLines(units)) mark(i, 'furniture:page-header');
  for (const i of runningLines(units)) mark(i, 'furniture:page-header');
  units.forEach((unit, i) => {
    if (isTickerOverQuote(unit, units[i + 1])) {
      mark(i, 'furniture:quote');
      mark(i + 1, 'furniture:quote');
    }
  });
}

/** A label alone on its line: a word or three and a colon ("Edition:", "Region:"). */
const BARE_LABEL = /^\p{L}[\p{L}'’ -]{0,24}[:：]$/u;
const MAX_BARE_LABEL_WORDS = 3;

/**
 * A bare label whose value, on the next line, is furniture ("Edition:" over an edition
 * picker's "Asia"): the label is the picker's, not the text's. Why: a page's widgets set their
 * label and their choices on lines of their own; once the choices are known for furniture,
 * the label alone would read as a title's first part or a heading.
 */
export function markOrphanLabels(units: Unit[], verdicts: (string | null)[], options: MarkOptions): void {
  for (let i = 0; i < units.length - 1; i++) {
    const unit = units[i];
    if (verdicts[i] !== null || unit.words > MAX_BARE_LABEL_WORDS || !BARE_LABEL.test(unit.text) || options.isCue?.(unit.text)) continue;
    const next = units[i + 1];
    if (verdicts[i + 1] !== null && next.lines[0] === unit.lines.at(-1)! + 1) verdicts[i] = 'furniture:label';
  }
}

/** A reader app's label over the reader's own words: "Your note", "My highlights", "Annotations". */
const READER_NOTE_LABEL = /^(?:(?:your|my) )?(?:notes?|highlights?|annotations?)\s*[:：]?$/iu;
/** Units a reader's note holds under its label at most. */
const MAX_READER_NOTE_UNITS = 4;

/**
 * A reader's note and its label ("Your note" / "Use the PHEV paragraph for Thursday"), as a
 * read-it-later app shows it under the article: the reader's words, not the text's, and
 * private. The label alone on its line, then its block (no blank line between).
 */
export function markReaderNotes(units: Unit[], verdicts: (string | null)[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    const text = units[i].text;
    if (text.length > 24 || !/^(?:your|my) /iu.test(text) || !READER_NOTE_LABEL.test(text)) continue;
    verdicts[i] = 'furniture:reader-note';
    for (let j = i + 1; j < units.length && j <= i + MAX_READER_NOTE_UNITS && units[j].lines[0] === units[j - 1].lines.at(-1)! + 1; j++) verdicts[j] = 'furniture:reader-note';
  }
}

/** A ticker's label: "Breaking News", "Just in", "突发". */
const TICKER_LABEL = /^(?:breaking(?: news)?|just in|news alert|latest news|news flash|突发|快讯)\s*[:：]?$/iu;
/** A ticker's headline is this long at most, in words. */
const MAX_TICKER_WORDS = 25;

/**
 * A news ticker: its label and the one headline under it ("Breaking News" / "(URGENT) U.S.
 * tariffs take effect …"), another story's link set over the page's own headline.
 */
export function markTickers(units: Unit[], verdicts: (string | null)[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    const text = units[i].text;
    if (text.length > 16 || !TICKER_LABEL.test(text)) continue;
    verdicts[i] ??= 'furniture:ticker';
    const next = units[i + 1];
    if (verdicts[i + 1] === null && next.lines[0] === units[i].lines.at(-1)! + 1 && next.words <= MAX_TICKER_WORDS && !isProse(next.text)) verdicts[i + 1] = 'furniture:ticker';
  }
}

/** A player's clock at its start: "0:00", "00:00", "▶ 0:00". */
const PLAYER_START = /^(?:[▶►]\s*)?0?0:00(?::00)?$/u;
/** A player's title lines over its clock (the show, the episode), at most, and their length. */
const MAX_PLAYER_TITLE_UNITS = 2;
const MAX_PLAYER_TITLE_WORDS = 15;
/** "Listen on", "Available on", "Also on": a label over the platforms' names. */
const PLATFORMS_LABEL = /^(?:listen|watch|subscribe|follow|available|also|find us|get it) on\s*[:：]?$/iu;
/** Platforms named under that label, at most, each a word or three. */
const MAX_PLATFORMS = 8;
const MAX_PLATFORM_WORDS = 3;

/**
 * An embedded player's leftovers: the show and episode named right above its clock ("The
 * Ledger Podcast" / "Ep. 61 — Who blinked in Busan?" / "0:00" / "-41:07"), and the platforms
 * under "Listen on". Why: a post copied with its player keeps the player's text, on lines of
 * their own; the clock at 0:00 says a player stood there, whatever the show is called.
 */
export function markPlayers(units: Unit[], verdicts: (string | null)[]): void {
  for (let i = 0; i < units.length; i++) {
    const text = units[i].text;
    if (text.length <= 10 && PLAYER_START.test(text)) {
      for (let k = i - 1; k >= 0 && k >= i - MAX_PLAYER_TITLE_UNITS && verdicts[k] === null && units[k].lines.at(-1)! + 1 === units[k + 1].lines[0]; k--) {
        if (units[k].words > MAX_PLAYER_TITLE_WORDS || isProse(units[k].text)) break;
        verdicts[k] = 'furniture:player';
      }
    } else if (text.length <= 24 && PLATFORMS_LABEL.test(text)) {
      verdicts[i] ??= 'furniture:player';
      for (let j = i + 1; j < units.length && j <= i + MAX_PLATFORMS && units[j].lines[0] === units[j - 1].lines.at(-1)! + 1; j++) {
        if (units[j].words > MAX_PLATFORM_WORDS || endsSentence(units[j].text)) break;
        verdicts[j] ??= 'furniture:player';
      }
    }
  }
}

/** Most units a sponsor block holds under its label (a name, a pitch or two, a button). */
const MAX_SPONSOR_UNITS = 4;
/** A sponsor's pitch is short; a unit this long is the briefing's own text. */
const MAX_SPONSOR_WORDS = 60;
/** A heading over a paragraph this long starts the next story, not the sponsor's pitch. */
const STORY_WORDS = 40;
/** A button's arrow ends a sponsor block ("Book your demo →"). */
const ENDS_ON_ARROW = /[→»›]\s*$/u;

/**
 * A paid placement's bare label: "SPONSORED", "Sponsored content", "Partner content", "Paid post".
 * ("Advertisement" marks an ad's slot on a news page, where the story's next paragraph follows.)
 */
/** "A message from Northgate Semiconductor Alliance": the line naming the sponsor under a bare label. */
const NAMES_SPONSOR = /^(?:[Aa] )?(?:message|word|note) from \p{Lu}[^.!?]{1,60}$/u;
const SPONSORED_LABEL = /^(?:sponsored(?: content| post)?|partner content|paid (?:post|content))\s*:?$/i;

/**
 * A sponsor's label ("Together with X", "PRESENTED BY", "A message from our partner") and the
 * pitch under it, up to its button, the next story's heading or MAX_SPONSOR_UNITS units; the
 * same for the publisher's own event promotion ("UPCOMING WEBINAR", its title, time, button).
 */
export function markSponsorBlocks(units: Unit[], verdicts: (string | null)[], options: MarkOptions): void {
  for (let i = 0; i < units.length; i++) {
    // A bare "SPONSORED" is removed by a rule of its own; the pitch under it is the sponsor's still.
    const ruled = verdicts[i] === 'rule';
    if (ruled && !SPONSORED_LABEL.test(units[i].text)) continue;
    const kind = ruled || isSponsorLabel(units[i].text) ? 'furniture:sponsor' : isEventPromoLabel(units[i].text) ? 'furniture:event-promo' : null;
    if (kind === null) continue;
    if (!ruled) verdicts[i] = kind;
    // (Under a bare label, the pitch is its one paragraph: nothing names the sponsor to follow,
    // unless the line under it does: "SPONSORED" / "A message from Northgate …".)
    let end = i + (ruled ? 1 : MAX_SPONSOR_UNITS);
    for (let j = i + 1; j <= end && j < units.length; j++) {
      const text = units[j].text;
      if (ruled && j === i + 1 && (verdicts[j] === kind || (verdicts[j] === null && (isSponsorLabel(text) || NAMES_SPONSOR.test(text))))) {
        verdicts[j] = kind;
        end = j + MAX_SPONSOR_UNITS;
        continue;
      }
      if (verdicts[j] === 'rule' || options.isCue?.(text) || parseListMarker(text)) break;
      // A line with evidence of its own (a credit, a button) ends the pitch, keeping its role.
      if (verdicts[j] !== null) break;
      if (units[j].words > MAX_SPONSOR_WORDS) break;
      // The sponsor's name may be set as a heading; a heading over a long paragraph is the next story's.
      const next = units[j + 1];
      // (Unless the sponsor's button closes that paragraph: "Read the 2026 workforce report →".)
      if ((units[j].heading || isHeadingLike(text)) && next && next.words >= STORY_WORDS && !(units[j + 2] && ENDS_ON_ARROW.test(units[j + 2].text))) break;
      verdicts[j] = kind;
      if (ENDS_ON_ARROW.test(text)) break;
    }
  }
}

/**
 * "News provided by", "Distributed by": a distributor's label alone on its line; "Published in",
 * "Writer for": a blog platform's label over the publication's name.
 */
const PROVIDED_BY = /^(?:(?:news |content |release )?(?:provided|distributed|issued) by|published in|writer for|written for)\s*:?$/iu;
/** A company's name is this short. */
const MAX_PROVIDER_WORDS = 8;

/**
 * The name under a distributor's or platform's label ("News provided by" / "Lanxin Robotics
 * Holdings Ltd.", "Published in" / "Policy Frontier"): the label's value, furniture with it, as
 * the wire's or the platform's page sets it over every post.
 */
export function markProviders(units: Unit[], verdicts: (string | null)[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    if (units[i].text.length > 40 || !PROVIDED_BY.test(units[i].text)) continue;
    verdicts[i] ??= 'furniture:provider';
    const next = units[i + 1];
    if (verdicts[i + 1] === null && next.words <= MAX_PROVIDER_WORDS && /^\p{Lu}/u.test(next.text) && !/[!?:]$/u.test(next.text)) verdicts[i + 1] = 'furniture:provider';
  }
}

/**
 * A disclaimer section's label, alone on its line: "Important disclosures", "Analyst
 * certification", "Disclaimer", "Legal notice", 免责声明. Why: research notes and advisers'
 * mailings close on small print set as paragraphs under such a label; the paragraphs have no
 * fixed wording, the label does.
 */
const DISCLAIMER_LABEL = /^(?:(?:important |legal |regulatory )?(?:disclosures?|disclaimers?)|(?:important|legal) notices?|analyst certifications?|免责声明|风险提示|法律声明)\s*[:：]?$/iu;
/** A label is this short. */
const MAX_LABEL_CHARS = 40;
/** Paragraphs of small print under one label, at most. */
const MAX_DISCLAIMER_UNITS = 6;

/**
 * The paragraphs under a disclaimer's label in the second half of the text (see
 * DISCLAIMER_LABEL), up to the next heading-shaped line that is not another such label, are
 * notices.
 */
export function markDisclaimerBlocks(units: Unit[], verdicts: (string | null)[]): void {
  for (let i = Math.floor(units.length / 2); i < units.length; i++) {
    if (units[i].text.length > MAX_LABEL_CHARS || !DISCLAIMER_LABEL.test(units[i].text)) continue;
    if (verdicts[i] === null) verdicts[i] = 'furniture:notice';
    for (let j = i + 1; j < units.length && j <= i + MAX_DISCLAIMER_UNITS; j++) {
      if (DISCLAIMER_LABEL.test(units[j].text)) break;
      if (units[j].heading || isHeadingLike(units[j].text)) break;
      if (verdicts[j] === null) verdicts[j] = 'furniture:notice';
    }
  }
}

/**
 * The "Name, Role, Organisation" lines right under a participants' label are the event's
 * participants, content of a readout, not the bylines their shape alone suggests.
 */
export function keepParticipants(units: Unit[], verdicts: (string | null)[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    if (!isParticipantsLabel(units[i].text)) continue;
    // (A participant whose role no byline frame knows, "… former Deputy Assistant Secretary of
    // Commerce", is unjudged: the list runs on over it.)
    for (let j = i + 1; j < units.length && (verdicts[j] === 'furniture:byline' || (verdicts[j] === null && isParticipantLine(units[j].text))); j++) verdicts[j] = null;
  }
}

/** "Name, role…": a comma after two to four capitalised words, no sentence end. */
const PARTICIPANT = /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+,\s/u;
function isParticipantLine(text: string): boolean {
  return text.length <= 200 && !/[.!?]$/u.test(text) && PARTICIPANT.test(text);
}

/** The label of an author box: "Author", "About the author", "Written by", "The authors". */
const AUTHOR_LABEL = /^(?:about )?(?:the )?(?:authors?|written by|contributors?)\s*:?$/iu;
/** Emoji after a display name ("Hugh Baxter 🇬🇧🇨🇳"). */
const TRAILING_EMOJI = new RegExp(`(?:\\s*(?:${EMOJI_SOURCE}|\\uFE0F))+$`);
/** An author box's bio is a few sentences. */
const MAX_BIO_WORDS = 80;

/**
 * Names standing under a date line, heading a bio further down, or under an author box's label
 * are bylines (and the short bio under such a label is the author's); a publisher's
 * self-description in the last quarter of the page is its blurb.
 */
export function markBylines(units: Unit[], verdicts: (string | null)[]): void {
  const bios = units.filter((_, i) => verdicts[i] === 'furniture:author-bio').map((unit) => unit.text);
  const foot = Math.floor(units.length * 0.75);
  const publishers = mastheadNames(units);
  units.forEach((unit, i) => {
    if (verdicts[i] !== null) return;
    if (i >= foot && (isSelfDescription(unit.text) || describesPublisher(unit.text, publishers))) verdicts[i] = 'furniture:publisher-blurb';
    // The author's role on the line under the name: "Head of Trade Compliance, Asia at Meridian Components".
    else if (!unit.heading && i > 0 && isNameLine(units[i - 1].text) && isRoleLine(unit.text)) verdicts[i] = 'furniture:byline';
    // A post's author: the name (a flag or two after it) over the account's handle, as social
    // pages and thread unrollers set every post ("Karen Whitfield" / "@kwhitfield_ag").
    else if (!unit.heading && verdicts[i + 1] === 'furniture:handle' && isNameLine(unit.text.replace(TRAILING_EMOJI, ''))) verdicts[i] = 'furniture:byline';
    // "Zhao Yiwen in Beijing" over the date line ("Published: 5:32pm, 30 Apr 2025"), under a
    // longer headline: a correspondent's byline and dateline, as news sites set them. (A
    // headline "Xi Jinping in Moscow" is the first headline-shaped line, with nothing above it.)
    else if (!unit.heading && isNameInPlace(unit.text) && i + 1 < units.length && statesFullDate(units[i + 1].text) && headlineAbove(units, i)) verdicts[i] = 'furniture:byline';
    else if (unit.heading || !isNameLine(unit.text)) return;
    // Under a date line (a title stands above its date, a byline below it), heading a bio, or
    // two people's full names near the top ("Aditi Varghese-Holm and Lu Chenxi": the authors).
    else if (isDateAlone(units[i - 1]?.text ?? '') || bios.some((bio) => bio.startsWith(unit.text)) || (i < TOP_UNITS && TWO_PEOPLE.test(unit.text))) {
      verdicts[i] = 'furniture:byline';
    }
    // An author box: "Author" / "About the author", the name, a short bio under it.
    else if (AUTHOR_LABEL.test(units[i - 1]?.text ?? '')) {
      verdicts[i] = 'furniture:byline';
      const bio = units[i + 1];
      if (bio && verdicts[i + 1] === null && bio.words <= MAX_BIO_WORDS && !parseListMarker(bio.text)) verdicts[i + 1] = 'furniture:author-bio';
    }
  });
}

/** An author box lists this many lines at most (name, role, office, e-mail for a few authors). */
const MAX_AUTHOR_BOX_UNITS = 20;
/** A line of an author box is this short. */
const MAX_AUTHOR_BOX_WORDS = 8;

/**
 * An author box of several lines a person ("Authors" / the name / the role / the office / the
 * e-mail, for each author): the label and every short line under it, down to a longer line
 * or a line with a role of its own (a share bar, a takeaway label), when the box names someone.
 */
export function markAuthorBoxes(units: Unit[], verdicts: (string | null)[], isCue?: (text: string) => boolean): void {
  for (let i = 0; i < units.length; i++) {
    if (units[i].text.length > MAX_LABEL_CHARS || !AUTHOR_LABEL.test(units[i].text)) continue;
    let end = i + 1;
    while (end < units.length && end <= i + MAX_AUTHOR_BOX_UNITS) {
      const unit = units[end];
      const own = verdicts[end];
      if (unit.words > MAX_AUTHOR_BOX_WORDS || isCue?.(unit.text) || (own !== null && own !== 'furniture:byline' && own !== 'furniture:author-bio' && own !== 'furniture:contact' && own !== 'furniture:site-name')) break;
      end++;
    }
    if (end - i < 3 || !units.slice(i + 1, end).some((unit) => isNameLine(unit.text))) continue;
    for (let k = i; k < end; k++) if (verdicts[k] === null || verdicts[k] === 'furniture:site-name') verdicts[k] = 'furniture:byline';
    i = end - 1;
  }
}

/**
 * Replies and profile cards on a pasted social page. The text under "Replying to @…" in a post
 * whose handle is not the thread's author's (the handle the page sets most often) is someone
 * else's reply, not the thread: social pages (X, Threads, Bluesky) set replies below the thread
 * in the same shape as its posts, and only the author's handle tells them apart.
 */
export function markReplies(units: Unit[], verdicts: (string | null)[]): void {
  const handles = new Map<string, number>();
  units.forEach((unit, i) => verdicts[i] === 'furniture:handle' && handles.set(unit.text, (handles.get(unit.text) ?? 0) + 1));
  if (handles.size < 2) return;
  const author = [...handles].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  units.forEach((unit, i) => {
    if (!REPLYING_TO.test(unit.text) || verdicts[i + 1] !== null || i + 1 >= units.length) return;
    let poster: string | null = null;
    for (let k = i - 1; k >= Math.max(0, i - MAX_POST_HEAD); k--) {
      if (verdicts[k] === 'furniture:handle') {
        poster = units[k].text;
        break;
      }
    }
    if (poster !== null && poster !== author) verdicts[i + 1] = 'furniture:reply';
  });
  // A profile card ("Relevant people", "Who to follow"): a name, the handle, its Follow button
  // and the account's bio under it.
  units.forEach((unit, i) => {
    if (verdicts[i - 1] === 'furniture:handle' && FOLLOW.test(unit.text) && verdicts[i + 1] === null && i + 1 < units.length && units[i + 1].words <= MAX_BIO_WORDS) verdicts[i + 1] = 'furniture:author-bio';
  });
}
const FOLLOW = /^follow(?:ing)?$/i;
const REPLYING_TO = /^replying to @/i;
/** A post's head (name, handle, a dot, its stamp) stands this close above its "Replying to". */
const MAX_POST_HEAD = 5;

/** The line an image counter introduces, or a photo credit follows, is that image's caption. */
export function markCaptions(units: Unit[], verdicts: (string | null)[]): void {
  units.forEach((unit, i) => {
    if (!marksCaption(unit.text)) return;
    const neighbour = IMAGE_COUNTER.test(unit.text) ? i + 1 : i - 1;
    const caption = units[neighbour];
    // (A numbered item over its chart's credit, "4. Chart: The yuan's share …", is the item's headline.)
    // (A headline in title case over a credit, "Reading China's 15th Five-Year Plan Outline: Five
    // Questions" / "Photo: …", is the page's headline over a picture that has no caption.)
    const headline = neighbour < i && isHeadingLike(caption?.text ?? '') && isTitleCase(caption?.text ?? '');
    if (caption && verdicts[neighbour] === null && caption.words <= MAX_CAPTION_WORDS && !marksCaption(caption.text) && !parseListMarker(caption.text)?.ordered && !headline) {
      verdicts[neighbour] = 'furniture:caption';
    }
  });
}

/** Short lines below the body's last prose are furniture, unless they label or make a list or are a speaker's turn. */
export function markBelowBody(units: Unit[], verdicts: (string | null)[], zone: BodyZone, options: MarkOptions): void {
  if (zone.end === -1) return;
  // The points under a takeaway label, set line under line, are the text's ("Key takeaways" /
  // "Expect overcapacity to persist."), however short.
  let underCue = false;
  for (let i = zone.end + 1; i < units.length; i++) {
    const text = units[i].text;
    if (options.isCue?.(text)) underCue = true;
    else if (underCue && verdicts[i] === null && units[i].lines[0] === units[i - 1].lines.at(-1)! + 1) continue;
    else underCue = false;
    if (verdicts[i] === null && isDatedEntry(text)) {
      verdicts[i] = 'zone:below-body';
      continue;
    }
    if (verdicts[i] !== null || units[i].words > MAX_BELOW_WORDS || parseListMarker(text) || isSpeakerTurn(text) || options.isCue?.(text)) continue;
    // The label of a list below ("Timeline", repeated or not, over its phases) stays.
    let j = i + 1;
    while (j < units.length && units[j].text === text) j++;
    if (j < units.length && parseListMarker(units[j].text)) continue;
    // The heading of a closing section ("MEMBER NEWS" over a paragraph of names, too sparse in
    // grammar words to count as prose) stays with the text under it.
    if (j < units.length && verdicts[j] === null && units[j].words > MAX_BELOW_WORDS && isHeadingLike(text) && !isDatedEntry(units[j].text)) continue;
    // So does a table's caption over its rows ("Ratings and target prices").
    if (j < units.length && verdicts[j] === TABLE_ROW && isHeadingLike(text)) continue;
    verdicts[i] = 'zone:below-body';
  }
}

/** A listing's entry: a headline, a separator, and its date at the end ("… Recall Votes | March 3, 2026"). */
const DATED_ENTRY = /^[^.!?。|·•]{8,120}\s[|·•]\s([^|·•]{6,30})$/u;
/**
 * An event's when and where: its date, a separator, the place ("Thursday 4 December 2025 ·
 * Calder Strait Advisory, Washington DC"). (A row of three parts, "26 November | Shanghai |
 * Breakfast briefing: …", is an agenda's entry, the text of an events section.)
 */
const DATE_FIRST_ENTRY = /^([^.!?。|·•]{6,40})\s[|·•]\s[^.!?。|·•]{3,120}$/u;

/**
 * Below the body, a headline with its date after a separator is an entry of a listing (the
 * site's upcoming events, its latest posts), whatever its length: a paragraph of the text never
 * ends on "| <date>", nor opens on "<date> ·".
 */
function isDatedEntry(text: string): boolean {
  const entry = DATED_ENTRY.exec(text) ?? DATE_FIRST_ENTRY.exec(text);
  return entry !== null && isDateAlone(entry[1].trim());
}

/** "Zhao Yiwen in Beijing", "Finbarr Bermingham in Brussels": a name (two to four words) in a place (one to three). */
const NAME_IN_PLACE = /^(?:\p{Lu}[\p{Ll}'’-]+ ){1,3}\p{Lu}[\p{Ll}'’-]+ in (?:\p{Lu}[\p{Ll}'’.-]+ ?){1,3}$/u;

function isNameInPlace(text: string): boolean {
  return text.length <= 60 && NAME_IN_PLACE.test(text);
}

/** A headline-shaped line of six words or more stands above unit `i`, among the top units. */
function headlineAbove(units: Unit[], i: number): boolean {
  for (let k = Math.max(0, i - MAX_BYLINE_DISTANCE); k < i; k++) if (units[k].words >= 6 && isHeadingLike(units[k].text)) return true;
  return false;
}
/** How far under its headline a byline stands (standfirsts, a follow button, a trust note between). */
const MAX_BYLINE_DISTANCE = 8;
