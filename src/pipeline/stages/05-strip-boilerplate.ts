import type { BoilerplateRule } from '../../schema';
import { uses } from '../evidence';
import { creditOf, describesPublisher, IMAGE_COUNTER, isNameLine, isRoleLine, isSelfDescription, marksCaption, mastheadNames } from '../evidence/credits';
import { isDateLine, isSpeakerTurn } from '../evidence/heading-evidence';
import { emailFurnitureOf } from '../evidence/email-furniture';
import { linkListOf } from '../evidence/link-list';
import { chapterLines, contentsLines, editionLines, isTickerOverQuote, signatureStart } from '../evidence/page-blocks';
import { aboutPublisherTail } from '../evidence/tails';
import { isEventPromoLabel, isRecordField, isShortDatedLine, isSponsorLabel, MAX_LONG_NOTICE_WORDS, statesDate, uiFurniture } from '../evidence/ui-vocabulary';
import { bodyZone, MAX_BELOW_WORDS, type BodyZone } from '../evidence/zones';
import type { Ledger } from '../text/ledger';
import { isHeadingLike, parseListMarker, wordCount, wordCountUpTo } from '../text/line-shape';
import { unitKey, type Unit } from './04-units';

/** How many units from the top or bottom of a page a `paragraph` rule (a blurb) may stand. */
const EDGE_UNITS = 4;
/** A caption is a sentence or two; a longer neighbour of a photo credit is body text. */
const MAX_CAPTION_WORDS = 40;
/** A line with no letter or digit ("=====", "* * *"): a rule drawn between parts of a page. */
const SEPARATOR_LINE = /^[^\p{L}\p{N}]{3,}$/u;
/** `uiFurniture` only asks whether a line has at most 12, 40 or this many words. */
const MAX_JUDGED_WORDS = MAX_LONG_NOTICE_WORDS;

/** What is left of a file's units, and the removed blurbs (they name the publisher). */
export interface StripResult {
  units: Unit[];
  blurbs: Unit[];
  /**
   * Folded texts of short kept lines that recur inside the page's furniture ("The Beijing
   * Bulletin" in "Subscribe to The Beijing Bulletin"): the site's or series' name. Kept here,
   * since the header may take a masthead as the title; classify keeps them out of the body.
   */
  siteNames: Set<string>;
}

/** What the stage may weigh besides the rules. */
export interface StripOptions {
  /** Kinds of evidence left out (see src/pipeline/evidence.ts). */
  ablate?: readonly string[];
  /** Whether a line is a takeaway label ("Key Takeaways"): such a line is never furniture. */
  isCue?: (text: string) => boolean;
}

/**
 * Removes boilerplate by rule and by evidence, recording every removed line in the ledger:
 * 1. `tail` rules cut the page's tail (related links, methodology, mail footer) from the first
 *    match in the second half of the file; in the first half they remove just that line; an
 *    "About <publisher>" self-description in the second half cuts the tail too;
 * 2. `line` rules remove matching lines; `paragraph` rules matching paragraphs (blurbs) at
 *    the top or bottom of the page;
 * 3. evidence (src/pipeline/evidence/): UI vocabulary, link lists, credits and captions, e-mail
 *    furniture, and short lines below the body zone, each under a rule id naming it;
 * 4. a line that repeats the line before it is removed once ("Timeline", "Timeline").
 */
export function stripBoilerplate(units: Unit[], rules: BoilerplateRule[], ledger: Ledger, options: StripOptions = {}): StripResult {
  const tailRules = rules.filter((rule) => rule.scope === 'tail');
  const lineRules = rules.filter((rule) => rule.scope === 'line');
  const paragraphRules = rules.filter((rule) => rule.scope === 'paragraph');

  // Tail rules are tested on the second half here, in order, until one matches: the units
  // before that match have been tested already, so the loop below tests them again only on
  // the first half.
  const secondHalf = Math.ceil(units.length / 2);
  let tailStart = units.findIndex((unit, i) => i >= secondHalf && matching(tailRules, unit));
  let tailRule = tailStart === -1 ? undefined : matching(tailRules, units[tailStart])!.id;
  const about = uses(options.ablate, 'tails') ? aboutPublisherTail(tailStart === -1 ? units : units.slice(0, tailStart)) : -1;
  if (about !== -1) [tailStart, tailRule] = [about, 'tail:about-publisher'];
  // The "-- " signature delimiter (evidence/page-blocks.ts): the sender's signature below it.
  const signature = uses(options.ablate, 'page-blocks') ? signatureStart(tailStart === -1 ? units : units.slice(0, tailStart)) : -1;
  if (signature !== -1) [tailStart, tailRule] = [signature, 'tail:signature'];
  const body = tailStart === -1 ? units : units.slice(0, tailStart);
  if (tailStart !== -1) for (const unit of units.slice(tailStart)) ledger.remove(unit, tailRule!);

  // The rule removing each unit, if any: tested once (they are most of this stage's cost).
  const ruled = body.map((unit, i) => matching(lineRules, unit) ?? (i < secondHalf ? matching(tailRules, unit) : undefined));
  const verdicts = judge(body, options, ruled);
  const siteNames = uses(options.ablate, 'site-names') ? findSiteNames(body, verdicts, ruled) : new Set<string>();
  const kept: Unit[] = [];
  const blurbs: Unit[] = [];
  body.forEach((unit, i) => {
    const lineRule = ruled[i];
    // Blurbs stand at the top or the bottom of a page, never between two stories.
    const atEdge = i < EDGE_UNITS || i >= body.length - EDGE_UNITS;
    const paragraphRule = lineRule || !atEdge ? undefined : matching(paragraphRules, unit);
    if (lineRule ?? paragraphRule) {
      ledger.remove(unit, (lineRule ?? paragraphRule)!.id);
      if (paragraphRule) blurbs.push(unit);
    } else if (verdicts[i] !== null) {
      ledger.remove(unit, verdicts[i]!);
    } else if (kept.length > 0 && sameText(kept[kept.length - 1], unit)) {
      ledger.remove(unit, 'repeated-line');
    } else {
      kept.push(unit);
    }
  });
  return { units: kept, blurbs, siteNames };
}

/** A name standing alone on this many lines is a speaker's label, not the site's name. */
const MIN_SPEAKER_LINES = 3;
/** Longest site or series name, in words. */
const MAX_SITE_NAME_WORDS = 6;

/** A header's date line stands among the page's first units. */
const DATE_LINE_UNITS = 25;

/** Short heading-like kept lines whose text recurs inside removed furniture lines or the header's date line. */
function findSiteNames(units: Unit[], verdicts: (string | null)[], ruled: (BoilerplateRule | undefined)[]): Set<string> {
  const names = new Set<string>();
  const isFurniture = (i: number) => verdicts[i] !== null || ruled[i] !== undefined;
  // A name standing alone on three lines or more is a speaker's, over each of their turns
  // ("ELENA BRANDT" … "ELENA BRANDT"), even when the page's credits name them too.
  let standing: Map<string, number> | null = null;
  units.forEach((unit, i) => {
    if (isFurniture(i) || unit.text.length > 60 || wordCount(unit.text) > MAX_SITE_NAME_WORDS || !isHeadingLike(unit.text)) return;
    const key = unitKey(unit);
    if (key.length < 4) return;
    // Furniture, or the header's date line: "原创 林嘉怡 浦江数字治理观察 2025-03-22" names the
    // account a line of its own repeats. (Asked only of lines holding the name: reading every
    // short line's dates cost ~3% of the ingest.)
    const named = units.some((other, j) => j !== i && unitKey(other) !== key && unitKey(other).includes(key) && (isFurniture(j) || (j < DATE_LINE_UNITS && isShortDatedLine(other.text))));
    if (!named) return;
    if (!standing) {
      standing = new Map<string, number>();
      for (const line of units) if (line.text.length <= 60) standing.set(line.text, (standing.get(line.text) ?? 0) + 1);
    }
    if (standing.get(unit.text)! < MIN_SPEAKER_LINES) names.add(key);
  });
  return names;
}

/**
 * The evidence verdict on each unit: the rule id that removes it, or null. Units a rule removes
 * anyway are marked too, so that the body zone is found among the rest.
 */
function judge(units: Unit[], options: StripOptions, ruled: (BoilerplateRule | undefined)[]): (string | null)[] {
  const { ablate } = options;
  const [ui, lists, credits, mail] = ['ui-vocabulary', 'link-list', 'credits', 'email-furniture'].map((name) => uses(ablate, name));
  const verdicts = units.map((unit, i) => {
    const text = unit.text;
    if (ruled[i]) return 'rule';
    if (options.isCue?.(text)) return null;
    if (SEPARATOR_LINE.test(text)) return 'furniture:separator';
    // Counted only as far as uiFurniture looks: a long paragraph is not read to its end.
    const words = wordCountUpTo(text, MAX_JUDGED_WORDS);
    return (
      (ui ? uiFurniture(text, words) : null) ??
      (lists ? linkListOf(text) : null) ??
      (credits ? creditOf(text) : null) ??
      (mail ? emailFurnitureOf(text) : null)
    );
  });
  if (uses(ablate, 'page-blocks')) markPageBlocks(units, verdicts, options);
  if (uses(ablate, 'sponsor-blocks')) markSponsorBlocks(units, verdicts, options);
  if (credits) {
    markCaptions(units, verdicts);
    markBylines(units, verdicts);
  }
  // Found once: markBelowBody marks only lines below the zone's end, so the zone's start stays
  // where it was (finding it again cost ~55 ms a thread at 10,000 files).
  const zone = bodyZone(units, verdicts, ablate);
  if (uses(ablate, 'zones')) markBelowBody(units, verdicts, zone, options);
  // Above the body, a short line that states a date is the header's to read (a dateline with
  // its reading time or source), whatever else it carries.
  const start = zone.start;
  for (let i = 0; i < start; i++) {
    // (A contents item is no dateline, whatever year it names: "Two Sessions: the 2025 targets".)
    if (verdicts[i]?.startsWith('furniture:') && verdicts[i] !== 'furniture:contents' && statesDate(units[i].text, wordCount(units[i].text)) && !isRecordField(units[i].text)) verdicts[i] = null;
  }
  return verdicts.map((verdict) => (verdict === 'rule' ? null : verdict));
}

/** Contents lists, chapter lists, ticker quotes and edition taglines (evidence/page-blocks.ts). */
function markPageBlocks(units: Unit[], verdicts: (string | null)[], options: StripOptions): void {
  const mark = (i: number, rule: string) => {
    if (verdicts[i] !== 'rule' && !options.isCue?.(units[i].text)) verdicts[i] ??= rule;
  };
  for (const i of contentsLines(units)) mark(i, 'furniture:contents');
  for (const i of chapterLines(units)) mark(i, 'furniture:chapters');
  for (const i of editionLines(units)) mark(i, 'furniture:tagline');
  units.forEach((unit, i) => {
    if (isTickerOverQuote(unit, units[i + 1])) {
      mark(i, 'furniture:quote');
      mark(i + 1, 'furniture:quote');
    }
  });
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
 * A sponsor's label ("Together with X", "PRESENTED BY", "A message from our partner") and the
 * pitch under it, up to its button, the next story's heading or MAX_SPONSOR_UNITS units; the
 * same for the publisher's own event promotion ("UPCOMING WEBINAR", its title, time, button).
 */
function markSponsorBlocks(units: Unit[], verdicts: (string | null)[], options: StripOptions): void {
  for (let i = 0; i < units.length; i++) {
    if (verdicts[i] === 'rule') continue;
    const kind = isSponsorLabel(units[i].text) ? 'furniture:sponsor' : isEventPromoLabel(units[i].text) ? 'furniture:event-promo' : null;
    if (kind === null) continue;
    verdicts[i] = kind;
    for (let j = i + 1; j <= i + MAX_SPONSOR_UNITS && j < units.length; j++) {
      const text = units[j].text;
      if (verdicts[j] === 'rule' || options.isCue?.(text) || parseListMarker(text)) break;
      // A line with evidence of its own (a credit, a button) ends the pitch, keeping its role.
      if (verdicts[j] !== null) break;
      if (wordCountUpTo(text, MAX_SPONSOR_WORDS) > MAX_SPONSOR_WORDS) break;
      // The sponsor's name may be set as a heading; a heading over a long paragraph is the next story's.
      const next = units[j + 1];
      if ((units[j].heading || isHeadingLike(text)) && next && wordCountUpTo(next.text, STORY_WORDS) >= STORY_WORDS) break;
      verdicts[j] = kind;
      if (ENDS_ON_ARROW.test(text)) break;
    }
  }
}

/** The label of an author box: "Author", "About the author", "Written by", "The authors". */
const AUTHOR_LABEL = /^(?:about )?(?:the )?(?:authors?|written by|contributors?)\s*:?$/iu;
/** An author box's bio is a few sentences. */
const MAX_BIO_WORDS = 80;

/**
 * Names standing under a date line, heading a bio further down, or under an author box's label
 * are bylines (and the short bio under such a label is the author's); a publisher's
 * self-description in the last quarter of the page is its blurb.
 */
function markBylines(units: Unit[], verdicts: (string | null)[]): void {
  const bios = units.filter((_, i) => verdicts[i] === 'furniture:author-bio').map((unit) => unit.text);
  const foot = Math.floor(units.length * 0.75);
  const publishers = mastheadNames(units);
  units.forEach((unit, i) => {
    if (verdicts[i] !== null) return;
    if (i >= foot && (isSelfDescription(unit.text) || describesPublisher(unit.text, publishers))) verdicts[i] = 'furniture:publisher-blurb';
    // The author's role on the line under the name: "Head of Trade Compliance, Asia at Meridian Components".
    else if (!unit.heading && i > 0 && isNameLine(units[i - 1].text) && isRoleLine(unit.text)) verdicts[i] = 'furniture:byline';
    else if (unit.heading || !isNameLine(unit.text)) return;
    // Under a date line (a title stands above its date, a byline below it), or heading a bio.
    else if (isDateLine(units[i - 1]?.text ?? '') || bios.some((bio) => bio.startsWith(unit.text))) {
      verdicts[i] = 'furniture:byline';
    }
    // An author box: "Author" / "About the author", the name, a short bio under it.
    else if (AUTHOR_LABEL.test(units[i - 1]?.text ?? '')) {
      verdicts[i] = 'furniture:byline';
      const bio = units[i + 1];
      if (bio && verdicts[i + 1] === null && wordCountUpTo(bio.text, MAX_BIO_WORDS) <= MAX_BIO_WORDS && !parseListMarker(bio.text)) verdicts[i + 1] = 'furniture:author-bio';
    }
  });
}

/** The line an image counter introduces, or a photo credit follows, is that image's caption. */
function markCaptions(units: Unit[], verdicts: (string | null)[]): void {
  units.forEach((unit, i) => {
    if (!marksCaption(unit.text)) return;
    const neighbour = IMAGE_COUNTER.test(unit.text) ? i + 1 : i - 1;
    const caption = units[neighbour];
    if (caption && verdicts[neighbour] === null && wordCount(caption.text) <= MAX_CAPTION_WORDS && !marksCaption(caption.text)) {
      verdicts[neighbour] = 'furniture:caption';
    }
  });
}

/** Short lines below the body's last prose are furniture, unless they label or make a list or are a speaker's turn. */
function markBelowBody(units: Unit[], verdicts: (string | null)[], zone: BodyZone, options: StripOptions): void {
  if (zone.end === -1) return;
  for (let i = zone.end + 1; i < units.length; i++) {
    const text = units[i].text;
    if (verdicts[i] !== null || wordCount(text) > MAX_BELOW_WORDS || parseListMarker(text) || isSpeakerTurn(text) || options.isCue?.(text)) continue;
    // The label of a list below ("Timeline", repeated or not, over its phases) stays.
    let j = i + 1;
    while (j < units.length && units[j].text === text) j++;
    if (j < units.length && parseListMarker(units[j].text)) continue;
    // The heading of a closing section ("MEMBER NEWS" over a paragraph of names, too sparse in
    // grammar words to count as prose) stays with the text under it.
    if (j < units.length && verdicts[j] === null && wordCount(units[j].text) > MAX_BELOW_WORDS && isHeadingLike(text)) continue;
    verdicts[i] = 'zone:below-body';
  }
}

/** Same folded text; lengths far apart cannot fold to the same text, so skip folding them. */
function sameText(a: Unit, b: Unit): boolean {
  if (Math.abs(a.text.length - b.text.length) > 8 + Math.max(a.text.length, b.text.length) / 10) return false;
  return unitKey(a) === unitKey(b);
}

function matching(rules: BoilerplateRule[], unit: Unit): BoilerplateRule | undefined {
  return rules.find((rule) => (rule.maxChars === undefined || unit.text.length <= rule.maxChars) && rule.pattern.test(unit.text));
}
