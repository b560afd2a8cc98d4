import { uses } from '../evidence';
import { locateDate } from '../evidence/date-locate';
import { feedPost, type FeedPost } from '../evidence/feed-posts';
import { isNameLine, isParticipantsLabel } from '../evidence/credits';
import { cleanSubject, isPassedOn, readEmailStructure } from '../evidence/email-headers';
import { emailFurnitureOf, paneSenderName } from '../evidence/email-furniture';
import { mayStateCopyright, publisherFromText } from '../rules/detect-publisher';
import { hasOrgWord, isAllCaps, isNameShaped, isTagline } from '../evidence/title-furniture';
import { chooseTitle } from '../evidence/title-score';
import { headlineBlockEnd, isBlockFurniture, isStandfirst, namesItsSection, titleContinuation, titleOpening } from '../evidence/headline-block';
import { isDateAlone, statesFullDate } from '../evidence/date-lines';
import { isSpeakerTurn, isSummaryBox } from '../evidence/heading-evidence';
import { findDates, parseDate, parseDateRange } from '../text/dates';
import { HEADER_PATTERNS as P } from '../text/header-patterns';
import type { Ledger } from '../text/ledger';
import { foldOnce } from '../text/fold';
import { endsSentence, isHeadingLike, isProse, parseListMarker, wordCount } from '../text/line-shape';
import type { Unit } from './04-units';

/** What the header of a briefing states. Null means "not stated", never "guessed". */
export interface HeaderFacts {
  title: string | null;
  date: string | null;
  /** Where the date came from: the dateline, a timestamp, or an e-mail header. */
  dateRule: string | null;
  place: string | null;
  series: string | null;
  week: { start: string; end: string; text: string } | null;
  category: string | null;
  sentiment: string | null;
  impact: number | null;
  /** The e-mail sender's display name (the innermost message's), a publisher the text states. */
  sender: string | null;
  /** Notes on what was seen but not used (an ambiguous date). */
  notes: string[];
}

/** A crumb is this short at most ("China", "World / Asia"). */
const MAX_CRUMB_WORDS = 3;
/** A header line this short that states a date is a date line, not a subtitle. */
const MAX_DATED_LINE_WORDS = 10;
/** What the header stage may weigh besides the units. */
export interface HeaderOptions {
  /** Kinds of evidence left out (see src/pipeline/evidence.ts). */
  ablate?: readonly string[];
  /** Every unit of the page before boilerplate removal, for reading (never removing) evidence. */
  page?: Unit[];
  /**
   * The text the page's units were made from: where it names no copyright, no unit does, and
   * the page's edges are not searched for one (testing each edge unit cost more than the search).
   */
  pageText?: string;
  /** The title a saved e-mail's or page's header states (its subject, og:title), if any. */
  statedTitle?: string | null;
}

/** Units at the top searched for a title: the headline sits above the body, within this many. */
const MAX_ZONE_UNITS = 25;
/** Two paragraphs of the body have this many words together at least (a headline and its standfirst fewer). */
const MIN_BODY_WORDS = 35;
/** Prose units read for the body's content words (enough to know its topic). */
const BODY_UNITS = 12;
/** Units at each end of the page searched for a copyright line. */
const EDGE_UNITS = 30;
/** The zone's units at most, menu items counted (see zoneEnd). */
const MAX_MENU_ZONE_UNITS = 80;
/** Units of the zone that may be the title (after e-mail headers and removed furniture). */
const MAX_TITLE_UNITS = 15;
/** Units at the foot searched for a notice's signature date. */
const FOOT_UNITS = 20;

/**
 * Reads metadata from the header: e-mail header blocks (a forward's innermost message is the
 * publication; the forwarder's note above it is left out), then the units before the body starts
 * (the first prose, list or takeaway cue). The title is chosen by evidence among the top zone's
 * lines and the e-mail subject (evidence/title-score.ts); the date by where it stands
 * (evidence/date-locate.ts). Short lines before the body are navigation crumbs. Lines that state
 * metadata are removed from the text with a `metadata:*` rule.
 */
export function extractHeader(units: Unit[], isCue: (text: string) => boolean, ledger: Ledger, options: HeaderOptions = {}): { facts: HeaderFacts; body: Unit[] } {
  const { ablate } = options;
  const facts: HeaderFacts = {
    title: null, date: null, dateRule: null, place: null, series: null, week: null, category: null, sentiment: null, impact: null, sender: null, notes: [],
  };
  // The e-mail structure and the date are read on the page as written: boilerplate removal may
  // already have taken a header field or a date line out of the text, not out of the evidence.
  const page = options.page ?? units;
  const mail = readEmailStructure(page);
  const innermost = mail.messages.at(-1) ?? null;
  const lineRule = new Map<number, string>();
  for (const message of mail.messages) for (const i of message.indexes) lineRule.set(page[i].lines[0], 'metadata:email-header');
  for (const i of mail.separators) lineRule.set(page[i].lines[0], 'email-wrapper');
  if (uses(ablate, 'email-forward-original')) for (const i of mail.forwardNote) if (!lineRule.has(page[i].lines[0])) lineRule.set(page[i].lines[0], 'email-forward-note');
  const rest = lineRule.size === 0 ? units : units.filter((unit) => {
    const rule = lineRule.get(unit.lines[0]);
    if (rule) ledger.remove(unit, rule);
    return !rule;
  });
  // A forwarded or replied message's sender is a person passing it on, not its publisher.
  if (innermost && !isPassedOn(innermost.subject) && uses(ablate, 'publisher-email-sender')) facts.sender = innermost.senderName;
  // A reading pane copied without its fields: the sender line above "to me" names the sender
  // (not when the pane shows a forward or a reply: the subject above says "Fwd:"/"Re:").
  if (!innermost && uses(ablate, 'publisher-email-sender')) facts.sender = paneSender(page);

  let bodyStart = rest.findIndex((unit, i) => isProse(unit.text) || parseListMarker(unit.text) !== null || isCue(unit.text) || isSummaryBox(rest, i));
  if (bodyStart === -1) bodyStart = rest.length;
  const zone = rest.slice(0, zoneEnd(rest, isCue));
  // The headline stands near the top: only the first lines of the zone are title candidates.
  // (A menu's one-word items, "首页" … "互动交流", do not use up that allowance.)
  const candidates = zone.slice(0, titleWindow(zone));
  const subject = innermost?.subject ? cleanSubject(innermost.subject) : null;
  const choice = chooseTitle({
    zone: candidates,
    // The body's words: its prose, wherever the zone ends (a short text may be all zone).
    body: firstProse(rest, BODY_UNITS),
    subject,
    // Names the text states for itself: the sender, a copyright line, a masthead set in capitals.
    names: [facts.sender, (options.pageText !== undefined && !mayStateCopyright(options.pageText) ? null : publisherFromText(pageEdges(page), ablate)), ...page.slice(0, MAX_ZONE_UNITS).filter((unit) => unit.words <= 6 && isAllCaps(unit.text)).map((unit) => unit.text)]
      .filter((name): name is string => !!name),
    all: rest,
    page,
    stated: options.statedTitle ?? null,
    siteLines: siteLines(page),
    ablate,
    isMetadata: (text) => readMetadataLine(text, scratchFacts()) !== null,
  });
  // A title set on two lines, its first part ending on a colon, is one title.
  const above = choice?.unit ? rest[rest.indexOf(choice.unit) - 1] : undefined;
  const opening = choice?.unit && uses(ablate, 'title-headline-block') && above?.lines.at(-1) === choice.unit.lines[0] - 1 ? titleOpening(above) : null;
  // A title broken after a word that cannot end it ("…有关负责同志就" / "《…》答记者问", "… and the" / "Policy Stance for 2025").
  const under = choice?.unit ? rest[rest.indexOf(choice.unit) + 1] : undefined;
  const continuation = choice?.unit && !opening && uses(ablate, 'title-headline-block') && under?.lines[0] === choice.unit.lines.at(-1)! + 1 ? titleContinuation(choice.unit, under) : null;
  if (choice) facts.title = opening ? `${opening.text} ${choice.title}` : continuation ? `${choice.title}${continuation.joiner}${continuation.unit.text}` : choice.title;
  const isTitlePart = (unit: Unit) => unit === choice?.unit || unit === opening || unit === continuation?.unit;
  const firstParagraph = rest.slice(zone.length).find((unit) => isProse(unit.text))?.text ?? null;
  // The page's own top zone: everything down to where the stripped zone ends, bar e-mail headers.
  const zoneEndLine = rest[zone.length]?.lines[0] ?? Infinity;
  // On a feed of posts, the post's own lines and its footer: other posts' dates are theirs.
  const feed = choice?.unit && uses(ablate, 'feed-posts') ? feedPost(page, choice.unit) : null;
  const zoneTo = (endLine: number) => {
    const lines = page.filter((unit) => unit.lines[0] <= endLine && !lineRule.has(unit.lines[0]) && unit !== choice?.unit && (!feed || unit.lines[0] > feed.after));
    return lines.slice(0, zoneLimit(lines));
  };
  const pageZone = zoneTo(zoneEndLine);
  if (feed?.footer && !pageZone.includes(feed.footer)) pageZone.push(feed.footer);
  const dateInputs = {
    zone: pageZone, firstParagraph, emailDate: innermost?.date ?? null,
    titles: [choice?.title, subject].filter((t): t is string => !!t), foot: page.slice(-FOOT_UNITS), ablate,
  };
  let dating = locateDate(dateInputs);
  // A standfirst the zone ended on, taken for the body's first paragraph: the byline and date
  // line under it, above the second, are the header's still ("By … | Jan 20, 2026 6:30 p.m.").
  const second = rest[zone.length + 1];
  if (dating.date === null && !feed && second) {
    const wider = zoneTo(second.lines[0] - 1);
    const found = wider.length > pageZone.length ? locateDate({ ...dateInputs, zone: wider }) : null;
    if (found?.date) dating = found;
  }
  // A date at the very top of a site, above its masthead and menus ("Saturday, March 22, 2025",
  // today's date in the bar), gives way to a date line right under the headline ("By ASPI
  // March 14, 2025"): the article dates itself there.
  if (dating.unit && choice?.unit && uses(ablate, 'title-headline-block')) {
    const titleLine = choice.unit.lines[0];
    const between = page.filter((unit) => unit.lines[0] > dating.unit!.lines[0] && unit.lines[0] < titleLine).length;
    if (between >= MIN_BAR_DISTANCE) {
      const under = locateDate({ ...dateInputs, zone: page.filter((unit) => unit.lines[0] > titleLine).slice(0, UNDER_TITLE_UNITS) });
      if (under.date && under.unit) dating = under;
    }
  }
  // A dateline on a line of its own below the first paragraphs ("Washington, DC: August 15,
  // 2025" under a release's summary bullets): the place and the date, nothing else.
  if (dating.date === null && !feed && uses(ablate, 'date-header-line')) {
    const line = rest.slice(0, DATELINE_UNITS).find((unit) => unit.words <= MAX_DATELINE_WORDS && isDatelineAlone(unit.text));
    const found = line ? locateDate({ ...dateInputs, zone: [line] }) : null;
    if (found?.date) dating = found;
  }
  facts.notes.push(...dating.notes);

  const header = rest.slice(0, bodyStart);
  const keptInHeader: Unit[] = [];
  // (Found in `rest`, of which `header` is the start: a title may stand below the first prose.)
  const titleAt = choice?.unit ? rest.indexOf(choice.unit) : -1;
  const mastheads = uses(ablate, 'masthead');
  const feedRule = otherPosts(feed, choice?.unit);
  // A name (or a few) right above the date line is its byline ("Ada Kwon-Mercer" / "Mar 10",
  // "Mei Ling Tan, Rohan Mehta and Jonas Keller" / "18 February 2026"); a series' or an
  // organisation's name there ("Asia Policy Monitor") is not.
  const datedAt = dating.unit ? rest.indexOf(dating.unit) : -1;
  const byline = datedAt > 0 && rest[datedAt - 1] !== choice?.unit && isNameLine(rest[datedAt - 1].text) && !hasOrgWord(rest[datedAt - 1].text) ? rest[datedAt - 1] : null;
  // (Or several lines of them, read on the page, where a removed line stands too: the avatar's
  // text over the name, "Hannah Oduya" / "Hannah Oduya", or two authors with the joiner on a
  // line of its own, "Elena Marsh" / "and" / "Jiang Hao", over "Nov 6, 2025".)
  const authors = new Set<Unit>();
  const datedOnPage = dating.unit ? page.indexOf(dating.unit) : -1;
  for (let k = datedOnPage - 1; k >= 0 && k >= datedOnPage - MAX_AUTHOR_LINES && page[k] !== choice?.unit; k--) {
    const text = page[k].text;
    if (AUTHOR_JOINER.test(text)) continue;
    if (!isNameLine(text) || hasOrgWord(text)) break;
    authors.add(page[k]);
  }
  // (One name alone is the byline above; the run counts when it repeats a name or joins two.)
  const joined = authors.size > 1 || page.slice(Math.max(0, datedOnPage - MAX_AUTHOR_LINES), datedOnPage).some((unit) => AUTHOR_JOINER.test(unit.text));
  const isByline = (unit: Unit) => unit === byline || (joined && (authors.has(unit) || (AUTHOR_JOINER.test(unit.text) && page.indexOf(unit) > datedOnPage - MAX_AUTHOR_LINES && page.indexOf(unit) < datedOnPage)));
  // (Or right above a date alone on the page that gives no year, "Tomás Albrecht" / "Mar 14",
  // when the date came from elsewhere, the e-mail's header.)
  const overStamp = (unit: Unit) => {
    if (!isNameLine(unit.text) || hasOrgWord(unit.text)) return false;
    const at = page.findIndex((other) => other.lines[0] === unit.lines[0]);
    return at !== -1 && page[at + 1] !== undefined && isDateAlone(page[at + 1].text);
  };
  const datedInHeader = dating.unit && uses(ablate, 'title-headline-block') ? header.indexOf(dating.unit) : -1;
  const salutation = mastheads ? salutationLine(page, rest[bodyStart]?.lines[0] ?? Infinity) : -1;
  const blockFurniture = (unit: Unit, prose: Unit) =>
    isBlockFurniture(unit, isCue) && unit.words <= MAX_CRUMB_WORDS && !namesItsSection(unit.text, prose.text) && page.some((other) => other.lines[0] !== unit.lines[0] && other.text === unit.text);
  let repeatedAt = -2;
  let crumbEnd = -2;
  let fieldsEnd = dating.unit?.lines.at(-1) ?? -2;
  // The headline as the page sets it: the title's own line, or below it the line that repeats
  // the title a browser tab's title stated first ("… | Bureau of Industry and Security").
  const titleKey = facts.title === null ? null : foldOnce(facts.title);
  const repeatAt = titleKey === null ? -1 : header.findIndex((unit, i) => i > titleAt && foldOnce(unit.text) === titleKey);
  const headlineAt = Math.max(titleAt, repeatAt);
  header.forEach((unit, i) => {
    if (isTitlePart(unit)) return ledger.remove(unit, 'metadata:title');
    // (Before the metadata lines: another post's lines state nothing about this one.)
    const other = unit === dating.unit ? null : feedRule(unit);
    if (other) return ledger.remove(unit, other);
    const rule = readMetadataLine(unit.text, facts);
    if (rule) return ledger.remove(unit, rule);
    if (unit === dating.unit) return ledger.remove(unit, dating.rule!);
    // Under the headline, a second line of parts that states a full date ("Source: Global
    // Herald | Published: 2025/06/12 21:35" under "Thursday, Jun 12, 2025"): the page's, never a heading.
    if (i > titleAt && titleAt !== -1 && /[|·:：]/u.test(unit.text) && !isProse(unit.text) && statesFullDate(unit.text)) return ledger.remove(unit, 'metadata:dated-line');
    const adjacentToBody = i === header.length - 1 && bodyStart < rest.length;
    if (facts.title !== null && (foldOnce(unit.text) === foldOnce(facts.title) || isTitleField(unit.text, facts.title))) {
      repeatedAt = i;
      return ledger.remove(unit, 'repeated-title');
    }
    // "Asia Policy Monitor" over the title "Asia Policy Monitor: Week 11": the series' masthead
    // is metadata (the series), not junk and not a heading.
    if (facts.series === null && facts.title !== null && isSeriesOf(unit.text, facts.title)) {
      facts.series = unit.text;
      return ledger.remove(unit, 'metadata:series');
    }
    if (isByline(unit) || overStamp(unit)) return ledger.remove(unit, 'metadata:byline');
    // Above a letter's salutation ("Dear Members,"), what the header has not read is the
    // letterhead ("NORDIC-BALTIC BUSINESS COUNCIL | 北欧波罗的海商会", "Client note, not for
    // redistribution", "Edition 2024/44"): a letter opens on its greeting, never under a heading.
    if (unit.lines[0] < salutation) return ledger.remove(unit, 'masthead:letterhead');
    // An event page's "Speakers" over its "Name, Role" lines: the list is content (see
    // keepParticipants), and its label heads it, wherever it stands.
    if (i > titleAt && isParticipantsLabel(unit.text) && header[i + 1]?.text.includes(',')) return void keptInHeader.push(unit);
    // (Right over the body, a line is a heading, unless it ends the menu's own block: the line
    // above it on the page is a crumb too, "Bookmarks" / "Communities".)
    if ((!adjacentToBody || unit.lines[0] === crumbEnd + 1) && isHeadingLike(unit.text) && unit.words <= MAX_CRUMB_WORDS) {
      crumbEnd = unit.lines.at(-1)!;
      return ledger.remove(unit, 'crumb');
    }
    // Under the date line, right over the first prose, a short line that the page sets elsewhere
    // too (its menu's "Finance") and that names nothing the prose is about is the headline
    // block's section label, not the first heading (a newsletter's "POLITICS" is set once).
    if (adjacentToBody && i > datedInHeader && datedInHeader !== -1 && blockFurniture(unit, rest[bodyStart])) return ledger.remove(unit, 'furniture:headline-block');
    // Right under the date line, a field of the page's record ("Data Source：Trade Security
    // Division", "Category: Press releases"): the page's, never a heading of the text.
    // (Set on the lines right under it, no blank line between.)
    if (datedInHeader !== -1 && i > datedInHeader && unit.lines[0] === fieldsEnd + 1 && i <= datedInHeader + MAX_FIELDS_UNDER_DATE && isRecordFieldLine(unit.text) && !isCue(unit.text)) {
      fieldsEnd = unit.lines.at(-1)!;
      return ledger.remove(unit, 'metadata:field');
    }
    // Above the headline, a line shaped like a name ("Lakeside Forum on Asian Affairs", "Trade
    // Winds: The China Trade Podcast") is the site's masthead, not a heading of the text.
    // So is any line above it shaped like a name or set in capitals ("The Supply Chain Sinologist",
    // "THE GRAIN & LAND LETTER"): a site's name, a kicker or a byline, never a section's heading.
    if (mastheads && i < headlineAt && !unit.heading && (isMasthead(unit.text) || isNameShaped(unit.text) || isAllCaps(unit.text))) return ledger.remove(unit, 'masthead');
    // Above the headline, the site's tagline ("Notes on China, trade rules and …") goes with its
    // masthead: it describes the publication, never a section of this text.
    if (mastheads && i < headlineAt && !unit.heading && isTagline(unit.text)) return ledger.remove(unit, 'masthead:tagline');
    // Any other short line above the headline and the first prose ("Taiwan, China and the chip
    // supply chain", a kicker, a section name) is the page's, never a heading of the text.
    // (Or a menu's item in lower case, "e-Services", "myGov".)
    if (mastheads && i < headlineAt && !unit.heading && (isHeadingLike(unit.text) || (unit.words <= MAX_MENU_WORDS && !isProse(unit.text)))) return ledger.remove(unit, 'masthead:above-headline');
    // (Under the headline as the page sets it again, below its tab's title, too.)
    keptInHeader.push((titleAt !== -1 && i === titleAt + 1) || i === repeatedAt + 1 ? (isStandfirst(unit) ? { ...unit, standfirst: true } : unit) : unit);
  });
  // A title chosen below the first prose (under a cookie notice, a standfirst-like tagline), and
  // the date line under a standfirst ("Updated March 14, 2025 9:02 a.m. ET"): the top zone's
  // date line is metadata wherever the first prose stands.
  const block = uses(ablate, 'title-headline-block') ? headlineBlockEnd(rest, bodyStart, datedAt) : -1;
  const below = rest.slice(bodyStart).filter((unit, k) => {
    const at = bodyStart + k;
    const other = feedRule(unit);
    if (isTitlePart(unit)) ledger.remove(unit, 'metadata:title');
    else if (unit === dating.unit) ledger.remove(unit, dating.rule!);
    else if (isByline(unit)) ledger.remove(unit, 'metadata:byline');
    else if (other) ledger.remove(unit, other);
    else if (at > bodyStart && at < block && statesFullDate(unit.text)) ledger.remove(unit, 'metadata:dated-line');
    else if (at > bodyStart && at < block && isBlockFurniture(unit, isCue) && !(at === block - 1 && namesItsSection(unit.text, rest[block].text))) ledger.remove(unit, 'furniture:headline-block');
    else return true;
    return false;
  });
  // Where the text states it, the located date wins over the header lines' own reading.
  if (dating.date) Object.assign(facts, { date: dating.date, dateRule: dating.rule });
  else if (facts.dateRule === 'metadata:email-header') Object.assign(facts, { date: null, dateRule: null });
  return { facts, body: [...keptInHeader, ...below] };
}

/**
 * On a feed of posts (evidence/feed-posts.ts): the lines of other posts, and the short lines
 * between the post above and the title (the author's name, a day separator, "Photo"), which are
 * the post's header. Null for every line of any other page.
 */
function otherPosts(feed: FeedPost | null, title: Unit | null | undefined): (unit: Unit) => string | null {
  if (!feed || !title) return () => null;
  const end = feed.footer?.lines[0] ?? Infinity;
  return (unit) => {
    const line = unit.lines[0];
    if (line <= feed.after || line > end) return 'furniture:other-post';
    return line < title.lines[0] && !isProse(unit.text) ? 'furniture:post-header' : null;
  };
}

/**
 * How many of the zone's first units are title candidates: up to MAX_TITLE_UNITS of them long
 * enough to be a headline (more than two words; in Chinese, more than four characters), with the
 * short lines among them.
 */
function titleWindow(zone: Unit[]): number {
  let long = 0;
  for (let i = 0; i < zone.length; i++) {
    const text = zone[i].text;
    if (zone[i].words > 2 || (text.length > 4 && /[\u3400-\u9fff]/u.test(text))) long++;
    if (long === MAX_TITLE_UNITS) return i + 1;
  }
  return zone.length;
}

/**
 * The line of the letter's salutation ("Dear Members,") when one stands before line `before`
 * (the body's start), or -1.
 */
function salutationLine(page: Unit[], before: number): number {
  for (let k = 0; k < page.length && page[k].lines[0] < before; k++) {
    if (emailFurnitureOf(page[k].text) === 'email:salutation') return page[k].lines[0];
  }
  return -1;
}

/** Lines a byline of several authors takes above its date line at most. */
const MAX_AUTHOR_LINES = 5;
/** The joiner between two authors set on a line of its own. */
const AUTHOR_JOINER = /^(?:and|&|,|und|et|y|和|与)$/iu;

/** A site's name is this long at most, in words. */
const MAX_SITE_LINE_WORDS = 6;

/** The short name-shaped lines at the page's top, lower-cased: where a site sets its name. */
function siteLines(page: Unit[]): Set<string> {
  const lines = new Set<string>();
  for (const unit of page.slice(0, MAX_ZONE_UNITS)) {
    if (unit.text.length <= 60 && unit.words <= MAX_SITE_LINE_WORDS && isNameShaped(unit.text)) lines.add(unit.text.toLowerCase());
  }
  return lines;
}

/** A masthead is this long at most, in words. */
const MAX_MASTHEAD_WORDS = 8;

/**
 * A line naming a site, a publication or an organisation: every word capitalised but joiners
 * (evidence/title-furniture.ts), with a word of an organisation's or a periodical's name or a
 * colon between name and tagline. A person's name ("Chen Ruolan") is none.
 */
function isMasthead(text: string): boolean {
  if (wordCount(text) > MAX_MASTHEAD_WORDS || !isNameShaped(text)) return false;
  return hasOrgWord(text) || /[:：|]/u.test(text);
}

/** Whether `line` is the series name the title opens with ("Series: …", "Series | …", "Series #12"). */
function isSeriesOf(line: string, title: string): boolean {
  if (wordCount(line) < 2 || line.length >= title.length) return false;
  return title.toLowerCase().startsWith(line.toLowerCase()) && /^\s*(?:[:|–—-]|#\d)/u.test(title.slice(line.length));
}

/** The first `count` prose units. */
function firstProse(units: Unit[], count: number): Unit[] {
  const found: Unit[] = [];
  for (const unit of units) {
    if (found.length >= count) break;
    if (isProse(unit.text)) found.push(unit);
  }
  return found;
}

/** The text of the page's first and last units, where a copyright line stands. */
function pageEdges(page: Unit[]): string {
  const edges = page.length <= 2 * EDGE_UNITS ? page : [...page.slice(0, EDGE_UNITS), ...page.slice(-EDGE_UNITS)];
  return edges.map((unit) => unit.text).join('\n');
}

/** Facts to read a line into without keeping what it says (a test: does it state metadata?). */
function scratchFacts(): HeaderFacts {
  return { title: null, date: null, dateRule: null, place: null, series: null, week: null, category: null, sentiment: null, impact: null, sender: null, notes: [] };
}

/**
 * End of the top zone: the first run of two prose units, the first a long one (the body proper; a lone paragraph, such
 * as a cookie notice or a standfirst, does not end it), a list item or a takeaway cue.
 */
function zoneEnd(units: Unit[], isCue: (text: string) => boolean): number {
  const limit = zoneLimit(units);
  for (let i = 0; i < limit; i++) {
    const text = units[i].text;
    if (isCue(text)) return i;
    // A title and its standfirst can both read as sentences; a body paragraph is longer.
    if (isProse(text) && i + 1 < units.length && isProse(units[i + 1].text) && units[i].words + units[i + 1].words >= MIN_BODY_WORDS) return i;
  }
  return limit;
}

/**
 * How many of the first units a top zone may hold: MAX_ZONE_UNITS of them, a menu's short items
 * not counted (a news site's sections and trending topics can fill thirty lines above its
 * headline), MAX_MENU_ZONE_UNITS in all at most.
 */
function zoneLimit(units: Unit[]): number {
  let counted = 0;
  const cap = Math.min(units.length, MAX_MENU_ZONE_UNITS);
  for (let i = 0; i < cap; i++) if (!isMenuItem(units[i]) && ++counted > MAX_ZONE_UNITS) return i;
  return cap;
}

/** A date this many units above the headline or more stands in the site's bar, not the article's header. */
const MIN_BAR_DISTANCE = 8;
/** Units under the headline where its own date line stands. */
const UNDER_TITLE_UNITS = 3;
/** "Washington, DC: August 15, 2025", "Beijing, 6 February 2026": a place (not a label), then its date. */
const PLACE_THEN = /^(?!(?:published|posted|updated|last updated|date|dated|released|issued)\b)\p{Lu}[\p{L}.'’ -]{1,40}?(?:,\s?(?:[A-Z]\.?){2,3})?\s*[,:–—-]\s*(?=\S)/iu;
function isDatelineAlone(text: string): boolean {
  const place = PLACE_THEN.exec(text);
  if (!place) return false;
  const rest = text.slice(place[0].length);
  const date = findDates(rest)[0];
  return date !== undefined && date.index === 0 && rest.slice(date.text.length).trim() === '';
}
/** A dateline alone on its line stands among the text's first units, and is this short. */
const DATELINE_UNITS = 15;
const MAX_DATELINE_WORDS = 10;
/** Fields of a page's record under its date line, at most. */
const MAX_FIELDS_UNDER_DATE = 3;
/** "Data Source：Trade Security Division": a label of a few words, a colon, a short value. */
const RECORD_FIELD_LINE = /^\p{L}[\p{L} ]{1,24}[:：]\s*[^.!?。！？:：]{1,60}$/u;
const MAX_FIELD_VALUE_WORDS = 8;
function isRecordFieldLine(text: string): boolean {
  return RECORD_FIELD_LINE.test(text) && wordCount(text.slice(text.search(/[:：]/u) + 1)) <= MAX_FIELD_VALUE_WORDS && !isSpeakerTurn(text);
}
/** A menu's item in lower case above the headline is this short at most, in words. */
const MAX_MENU_WORDS = 3;

/** A menu's item: two words at most (in Chinese, four characters), no sentence end. */
function isMenuItem(unit: Unit): boolean {
  return unit.words <= 2 && unit.text.length <= (CJK.test(unit.text) ? 4 : 24) && !endsSentence(unit.text);
}
const CJK = /[\u3400-\u9fff]/u;

/** Reads one metadata line into `facts`; returns the rule id, or null if it states none. */
function readMetadataLine(text: string, facts: HeaderFacts): string | null {
  if (P.emailHeader.test(text)) return 'metadata:email-header';
  // Every pattern below but the byline states a number; most header lines (titles, crumbs) have none.
  if (!/\d/.test(text)) return P.byline.test(text) ? 'metadata:byline' : null;
  const week = /week of/i.test(text) ? P.seriesWeek.exec(text) : null;
  const range = week?.groups ? parseDateRange(week.groups.range) : null;
  if (week?.groups && range) {
    facts.week = { ...range, text: week.groups.range };
    if (week.groups.series) facts.series = week.groups.series.trim();
    return 'metadata:series-week';
  }
  const dateline = P.dateline.exec(text);
  const datelineDate = dateline?.groups ? parseDate(dateline.groups.date) : null;
  if (dateline?.groups && datelineDate) {
    facts.place = dateline.groups.place.trim();
    if (facts.dateRule !== 'metadata:dateline') Object.assign(facts, { date: datelineDate, dateRule: 'metadata:dateline' });
    return 'metadata:dateline';
  }
  const stamp = P.timestamp.exec(text);
  const stampDate = stamp?.groups ? parseDate(stamp.groups.date) : null;
  if (stamp && stampDate) {
    if (facts.date === null || facts.dateRule === 'metadata:email-header') Object.assign(facts, { date: stampDate, dateRule: 'metadata:timestamp' });
    return 'metadata:timestamp';
  }
  const card = P.categoryCard.exec(text);
  if (card?.groups) {
    Object.assign(facts, { category: card.groups.category, sentiment: card.groups.sentiment, impact: Number(card.groups.impact) });
    return 'metadata:category';
  }
  if (P.byline.test(text)) return 'metadata:byline';
  const dated = P.datedLine.exec(text);
  const datedDate = dated?.groups ? parseDate(dated.groups.date) : null;
  if (dated && datedDate && wordCount(text) <= MAX_DATED_LINE_WORDS) {
    if (facts.date === null) Object.assign(facts, { date: datedDate, dateRule: 'metadata:dated-line' });
    return 'metadata:dated-line';
  }
  return null;
}

/** A field that states the title: "Title: …", "标　　题：…" (a document's info table). */
const FIELD_LABEL = /^[^:：]{1,16}[:：]\s*/u;
function isTitleField(text: string, title: string): boolean {
  const label = FIELD_LABEL.exec(text);
  return label !== null && wordCount(label[0]) <= 2 && foldOnce(text.slice(label[0].length)) === foldOnce(title);
}

/** Units at the top of a page where a reading pane's sender line stands. */
const PANE_UNITS = 6;
/** The sender of a pasted reading pane: its sender line, with "to me" under it (see paneSenderName). */
function paneSender(page: Unit[]): string | null {
  const top = page.slice(0, PANE_UNITS);
  const at = top.findIndex((unit) => paneSenderName(unit.text) !== null);
  if (at === -1 || !top.slice(at + 1, at + 3).some((unit) => unit.text.toLowerCase().startsWith('to '))) return null;
  return top.slice(0, at).some((unit) => isPassedOn(unit.text)) ? null : paneSenderName(top[at].text);
}
