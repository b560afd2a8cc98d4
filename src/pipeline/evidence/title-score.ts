/**
 * Chooses a briefing's title from the lines at the top of its text by evidence, not by position
 * alone: each candidate is scored on headline shape, overlap with the body's content words,
 * repetition, its place above the body, and on not being furniture (see title-furniture.ts).
 * An e-mail's subject is a candidate of its own. The weights are small integers and halves,
 * set on the tuning split of the eval corpus; `npm run eval -- --ablate` shows what each is worth.
 */
import { uses } from '../evidence';
import { findDates } from '../text/dates';
import { foldOnce } from '../text/fold';
import { memoisedPerFile } from '../text/file-memo';
import { contentWords, countContentWords } from '../text/content-words';
import { endsSentence, isHeadingLike as isHeadingLikeOnce, isProse as isProseOnce, wordCount as wordCountOnce } from '../text/line-shape';
import type { Unit } from '../stages/04-units';
import { isDateLine, MAX_DATED_CHARS } from './date-lines';
import { cutSiteAffixes } from './title-affixes';
import * as furniture from './title-furniture';

/** What the title chooser is given. */
export interface TitleInputs {
  /** The units of the top zone (after e-mail headers), in order. */
  zone: Unit[];
  /** The body's prose units, for content-word overlap (a candidate among them is not its own evidence). */
  body: Unit[];
  /** The e-mail subject, cleaned (no `Fwd:`, no emoji), if the file is an e-mail. */
  subject: string | null;
  /** Names the text states for its sender or site (the `From:` display name). */
  names: string[];
  /** Every unit of the file, for repetition. */
  all: Unit[];
  /** The units as written, before boilerplate removal (a dateline under the title may be gone from `zone`). */
  page?: Unit[];
  ablate: readonly string[] | undefined;
  /** The page's short name-shaped lines, lower-cased: a title's part equal to one is the site's name (title-affixes.ts). */
  siteLines?: ReadonlySet<string>;
  /** The title the file's e-mail or page header states (a subject, an `og:title`), if any. */
  stated?: string | null;
  /** Whether a line states metadata (a dateline, a series-and-week line): never a title. */
  isMetadata?: (text: string) => boolean;
}

/** The chosen title and the unit it was read from (null when it came from the subject only). */
export interface TitleChoice {
  title: string;
  unit: Unit | null;
  /**
   * Which evidence decided: `subject`, `subject-suffix` (a headline the subject ends with),
   * `subject-fuller` (the headline the subject shortens), `stated` or `scored`.
   */
  via: 'subject' | 'subject-suffix' | 'subject-fuller' | 'stated' | 'scored';
}

/** A headline set alone in lenticular brackets, as Chinese posts do; shorter ones are buttons ("【打印本页】"). */
const BRACKETED_HEADLINE = /^【([^【】]{8,60})】$/u;
/** Score a candidate needs to be a title at all; below it the issue gets a labelled fallback. */
const MIN_SCORE = 2;
/** "Credit: New yuan loans …", "Data: network data …": a short label, a colon, a text. */
const LABELLED = /^[\p{Lu}][\p{L}&' -]{1,30}:\s+\S/u;
/** Lines of that shape that make a list of items. */
const MIN_ITEMS = 3;
/** What a line gains when a site name was cut from it (see title-affixes.ts). */
const AFFIX_BONUS = 3;
/** A paragraph of the body is this long at least: a line below one is not a headline. */
const BODY_WORDS = 20;
/** What a line below a paragraph of the body loses: it heads a section or asks a question there. */
const BELOW_BODY = 3;
/** What a long line ending in a full stop loses: headlines seldom end like sentences; body lines do. */
const SENTENCE_END_LONG = 1.5;
/** What the first line gains when a dateline stands right under it (a briefing's masthead). */
const DATELINE_BELOW = 5;
/** What the first heading marked in the source (`# Title`) gains. */
const MARKED_TITLE = 5;
/** Longest title, in characters (a longer line is not even looked at). */
const MAX_TITLE_CHARS = 250;
/** Longest title, in words: a longer line is a paragraph, never a title. */
const MAX_TITLE_WORDS = 30;

/**
 * The line tests scoring uses, remembered by text for the file being parsed (text/file-memo.ts).
 * Each candidate's score reads its neighbours too (the line above, the three below, every line
 * above it, the metadata test twice), so the same dozen lines were tested up to fifteen times
 * each: scoring was 17% of the ingest at 10,000 files before, under 5% after.
 */
const remember = memoisedPerFile;
const wordCount = remember(wordCountOnce);
const isProse = remember(isProseOnce);
const isHeadingLike = remember(isHeadingLikeOnce);
const isAllCaps = remember(furniture.isAllCaps);
const isUiLine = remember(furniture.isUiLine);
const isCrumbOrNav = remember(furniture.isCrumbOrNav);
const isFieldOrLabel = remember(furniture.isFieldOrLabel);
const isByline = remember(furniture.isByline);
const isNameShaped = remember(furniture.isNameShaped);
const isTagline = remember(furniture.isTagline);
const hasIssueWord = remember(furniture.hasIssueWord);
const hasOrgWord = remember(furniture.hasOrgWord);

/** Chooses the title, or null when no line is good enough (the caller then reports it). */
export function chooseTitle(input: TitleInputs): TitleChoice | null {
  indexedPage = null;
  // The caller's metadata test (a whole header-line parse) is asked twice about most lines.
  if (input.isMetadata) {
    const test = input.isMetadata;
    const known = new Map<string, boolean>();
    input = {
      ...input,
      isMetadata: (text) => {
        let value = known.get(text);
        if (value === undefined) known.set(text, (value = test(text)));
        return value;
      },
    };
  }
  const { zone, subject, ablate } = input;
  if (subject && uses(ablate, 'title-email-subject')) {
    const cleaned = cutSiteAffixes(subject, input.names);
    // "New commentary: China's 2025 growth target debate" over a body headline "China's 2025
    // growth target debate": the headline is the title, the subject's head a label.
    const suffix = zone.find((unit) => {
      const key = foldOnce(unit.text);
      const whole = foldOnce(cleaned);
      const head = cleaned.slice(0, cleaned.length - unit.text.length);
      // The head is a label ("New commentary:"), shorter than the headline; a longer head is the
      // headline and the line its last clause ("… list – what EU suppliers should check").
      return key.length >= 12 && key !== whole && whole.endsWith(key) && /[:|–—-]\s*$/u.test(head) && wordCount(head) <= unit.words;
    });
    if (suffix) return { title: suffix.text, unit: suffix, via: 'subject-suffix' };
    // "China Macro Weekly – Credit turns, property still the drag" over the e-mail's own headline
    // "China Macro Weekly: Credit turns, but property is still the drag": the subject is the
    // headline cut short for the inbox; the headline as set is the title.
    const fuller = zone.find((unit) => fullerForm(unit, cleaned));
    if (fuller) return { title: fuller.text, unit: fuller, via: 'subject-fuller' };
    if (wordCount(cleaned) >= 2) {
      const same = zone.find((unit) => foldOnce(unit.text) === foldOnce(cleaned)) ?? null;
      return { title: cleaned, unit: same, via: 'subject' };
    }
  }
  // The line that says what the file's header states (the subject of a saved e-mail, the
  // og:title of a page): the headline, whatever the scores of the lines around it.
  if (input.stated && uses(ablate, 'title-stated-line')) {
    const wanted = foldOnce(input.stated);
    const same = zone.find((unit) => unit.text.length <= MAX_TITLE_CHARS && foldOnce(unit.text) === wanted);
    if (same) return { title: same.text, unit: same, via: 'stated' };
  }
  // The candidates' texts, with any site name cut off.
  // ("【春节前的“国补”还剩多少？几个变化说清楚】": a Chinese post sets its headline in these brackets.)
  const texts = zone.map((unit) => unit.text.length > MAX_TITLE_CHARS ? unit.text : uses(ablate, 'title-site-affix') ? cutSiteAffixes(BRACKETED_HEADLINE.exec(unit.text)?.[1] ?? unit.text, input.names, input.siteLines) : unit.text);
  // How many body paragraphs have each word: read once, only when a candidate gets as far as
  // the overlap test, and only for the words a candidate has (the rest are never asked about).
  let counted: Map<string, number> | null = null;
  const bodyWords = () => {
    if (counted) return counted;
    const wanted = new Set<string>();
    zone.forEach((unit, i) => {
      if (unit.text.length <= MAX_TITLE_CHARS) for (const word of contentWords(texts[i])) wanted.add(word);
    });
    counted = countContentWords(input.body.map((unit) => unit.text), wanted);
    return counted;
  };
  // Three or more "Label: text" lines are items of a digest or a contents list, not a title.
  // (Speakers' turns, "NAME: …", are furniture of their own and not counted.)
  // (A line the page sets twice is its headline, "Saturday links: a property rescue, …", never an item.)
  const labelled = zone.filter((unit) => LABELLED.test(unit.text) && !isAllCaps(unit.text.split(':')[0]) && !repeats(unit, input.page ?? input.all));
  const firstItem = labelled.length >= MIN_ITEMS ? zone.indexOf(labelled[0]) : Infinity;
  let best: { score: number; unit: Unit; text: string } | null = null;
  zone.forEach((unit, i) => {
    if (unit.text.length > MAX_TITLE_CHARS) return;
    const text = texts[i];
    let score = i >= firstItem && uses(ablate, 'title-furniture') ? null : scoreCandidate(text, unit, i, input, bodyWords);
    // "LOTUS ADVISORY | Regulatory Radar China": a site name glued on marks the page's own title.
    if (score !== null && text !== unit.text && !/^(?:episode|ep\.?\s*\d|#\d|(?:s\d{1,2}\s*)?e\d)/iu.test(unit.text)) score += AFFIX_BONUS;
    if (score !== null && (best === null || score > best.score)) best = { score, unit, text };
  });
  const chosen = best as { score: number; unit: Unit; text: string } | null;
  if (!chosen || chosen.score < MIN_SCORE) return null;
  // A saved e-mail's subject or a page's title is the title (formats/title-choice.ts weighed it
  // against the body's headline already): a line of other words is not its headline set
  // again, but the first item's ("1 big thing: …" under the subject "Beijing turns the …"),
  // and stays in the text.
  if (input.stated && uses(ablate, 'title-stated-line') && !sameHeadline(chosen.text, input.stated)) return { title: input.stated, unit: null, via: 'stated' };
  return { title: chosen.text, unit: chosen.unit, via: 'scored' };
}

/** Share of the shorter title's content words the other must hold to be the same headline. */
const SAME_HEADLINE_SHARE = 0.5;

/** Whether two titles are one headline in two forms: one holds the other, or most of its words. */
function sameHeadline(a: string, b: string): boolean {
  const [x, y] = [foldOnce(a), foldOnce(b)];
  if (x.includes(y) || y.includes(x)) return true;
  const [own, theirs] = [contentWords(a), contentWords(b)];
  const [small, large] = own.size <= theirs.size ? [own, theirs] : [theirs, own];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return small.size > 0 && shared >= small.size * SAME_HEADLINE_SHARE;
}

/** The title of a Chinese official document: "关于做好……工作的通知", "……管理办法", "……的实施意见". */
const OFFICIAL_TITLE = /关于.{2,80}的(?:通知|意见|决定|公告|通告|批复|函|报告|指导意见|实施意见)$|(?:管理|实施)?(?:办法|规定|条例|细则)(?:（[^）]{1,10}）)?$/u;
/** A Chinese line this short is a label or a menu item, not a headline. */
const MAX_CJK_LABEL_CHARS = 4;

/** One candidate's score; null when it cannot be a title at all. */
function scoreCandidate(text: string, unit: Unit, i: number, input: TitleInputs, bodyWords: () => Map<string, number>): number | null {
  const { zone, ablate } = input;
  if (input.isMetadata?.(unit.text) || (uses(ablate, 'title-furniture') && furniture.isStampLine(unit.text))) return null;
  const words = wordCount(text);
  const cjk = /[\u3400-\u9fff]/u.test(text);
  if (words === 0 || words > MAX_TITLE_WORDS || !/\p{L}/u.test(text)) return null;
  // A headline never opens with a list marker or lower-case word, nor ends in a comma.
  if (/^[-*•·]\s|^\p{Ll}/u.test(text) || /[,，;；]$/u.test(text)) return null;

  let score = 0;
  // Headline shape: a few words to a long line, in sentence or title case.
  if (uses(ablate, 'title-shape')) {
    if (cjk ? text.length >= 8 : words >= 4) score += 1;
    if (!cjk && words >= 6 && words <= 22) score += 1;
    // A word or two (in Chinese, four characters or fewer: "更多", "听新闻") is a menu item or a label.
    if (cjk ? text.length <= MAX_CJK_LABEL_CHARS : words <= 2) score -= 2;
    // An official document's title states its kind: "关于……的通知", "……的意见", "……办法".
    if (cjk && OFFICIAL_TITLE.test(text)) score += 2;
    if (!cjk && words >= 4 && words <= 16) score += 1;
    else if (!cjk && words > 18) score -= 1;
    // A news item's source in brackets ("… than in October. (NBS)") is not part of a sentence's shape.
    const bare = text.replace(/\s\([^()]{1,30}\)$/u, '');
    if (endsSentence(bare) && !/[?？]$/u.test(bare)) score -= words > 8 ? SENTENCE_END_LONG : 1.5;
    // A full stop and clause commas: a sentence of the text, not a headline.
    if (endsSentence(bare) && /[,，] /u.test(bare)) score -= 2;
    if (isProse(text) && words > 22) score -= 2;
  }
  // Furniture of any kind is never a title.
  if (uses(ablate, 'title-furniture')) {
    if (isUiLine(text) || isCrumbOrNav(text) || furniture.inFieldRun(zone, i) || (isFieldOrLabel(text) && !(uses(ablate, 'title-repetition') && words >= 2 && !furniture.isFieldOrLabel(text, repeats(unit, input.page ?? input.all)))) || isByline(text)) return null;
    // (Only a short line can be a date line; findDates is not asked about the others.)
    const dates = text.length <= MAX_DATED_CHARS ? findDates(text) : [];
    if (dates.length > 0 && text.replace(dates[0].text, '').replace(/[\s|·•,.:-]/gu, '').length < 12) return null;
    if (isAllCaps(text)) score -= 3;
  }
  // The site's own name or tagline: stated as the sender, shaped like a name, or a tagline.
  if (uses(ablate, 'title-site-name')) {
    const folded = foldOnce(text);
    // A name the text states for its sender or in its copyright line is the site, never the title.
    if (input.names.some((name) => foldOnce(name) === folded)) return null;
    // A periodical's own name ("Weekly China Insight", "China Business Weekly") titles its issue
    // when nothing better does; a site's or an organisation's name does not.
    // (Unless it is the masthead over a dateline: then the name is the briefing's title.)
    if (isNameShaped(text) && !mastheadOverDateline(text, unit, i, input)) score += hasIssueWord(text) ? 1 : hasOrgWord(text) || words <= 3 ? -3 : -1;
    const previous = zone[i - 1];
    if ((isTagline(text) && !mastheadOverDateline(text, unit, i, input)) || (previous && (isNameShaped(previous.text) || isAllCaps(previous.text)) && i === 1 && endsSentence(text))) score -= 2;
  }
  // Below a paragraph of the body (not a cookie notice or other UI text), a line is a heading.
  if (uses(ablate, 'title-headline-block') && zone.slice(0, i).some((other) => other.words >= BODY_WORDS && isProse(other.text) && !isUiLine(other.text))) score -= BELOW_BODY;
  // The source's own mark-up: the first `# Heading` of a Markdown text is its title.
  if (uses(ablate, 'title-shape') && unit.heading && zone.findIndex((other) => other.heading) === i) score += MARKED_TITLE;
  // So is a Chinese post's headline set alone in 【】, its writer's own mark.
  if (uses(ablate, 'title-shape') && text !== unit.text && BRACKETED_HEADLINE.test(unit.text)) score += MARKED_TITLE;
  // Overlap with the body: a headline names what the body is about.
  if (uses(ablate, 'title-body-overlap')) {
    const own = [...contentWords(text)];
    const self = input.body.includes(unit) ? 1 : 0;
    if (own.length > 0) score += (4 * own.filter((word) => (bodyWords().get(word) ?? 0) > self).length) / own.length;
  }
  // Repetition: a page repeats its headline (page title and headline, share text, end marker).
  if (uses(ablate, 'title-repetition')) {
    if (words >= 3 && repeats(unit, input.all)) score += 1;
  }
  // The headline block: a title is followed closely by a standfirst, byline, date or the body.
  if (uses(ablate, 'title-headline-block')) {
    const next = zone.slice(i + 1, i + 4);
    if (next.some((other) => isByline(other.text) || isProse(other.text) || (other.text.length <= MAX_DATED_CHARS && findDates(other.text).length > 0))) score += 1;
    if (mastheadOverDateline(text, unit, i, input)) score += DATELINE_BELOW;
    if (i + 1 >= zone.length) score += 0.5;
    // Right under a headline-shaped line (not a name, tagline, label or UI), a line is its standfirst.
    const above = zone[i - 1];
    if (above && above.words >= 4 && isHeadingLike(above.text) && !input.isMetadata?.(above.text) && !isTagline(above.text) && !isNameShaped(above.text)
      && !isAllCaps(above.text) && !isUiLine(above.text) && !isCrumbOrNav(above.text) && !isFieldOrLabel(above.text) && !isByline(above.text)) score -= 2;
    // "Weekly China Insight / Beijing, 6 February 2026 / Xi and Trump pledge …": the date line
    // closes the title block; the line right above the body under it heads the first story.
    const dateAt = zone.findIndex((other, k) => k < i && isDateLine(other.text));
    // (A heading marked as such, "## What happened in Aqaba", right over prose is the line above
    // the body too, wherever the zone ends: its own mark-up says it heads a section.)
    const aboveBody = i + 1 >= zone.length || (unit.heading === true && isProse(zone[i + 1].text));
    if (aboveBody && dateAt > 0 && !BRACKETED_HEADLINE.test(unit.text) && zone.slice(0, dateAt).some((other) => isHeadingLike(other.text) && !isAllCaps(other.text) && !isUiLine(other.text) && !isCrumbOrNav(other.text) && !(isNameShaped(other.text) && !hasIssueWord(other.text)))) return null;
  }
  return score;
}

/**
 * Index in `page` of the first unit starting on the same line as `unit` (-1 if none). The
 * page's index by first line is built once per page (scanning it per candidate was quadratic).
 */
let indexedPage: Unit[] | null = null;
let pageIndex = new Map<number, number>();
/**
 * The first line (or the first under a name in capitals) with a dateline right under it ("Line Endings Monthly / Berlin, 7 March 2026"):
 * the classic masthead of a briefing, its title whatever words it uses. Read on the page as
 * written: boilerplate removal may have taken the dateline out of the zone already.
 */
function mastheadOverDateline(text: string, unit: Unit, i: number, input: TitleInputs): boolean {
  // The first line, or the first under the publisher's name in capitals ("MERIDIAN GATE CONSULTING").
  if (isAllCaps(text) || !isHeadingLike(text) || !input.zone.slice(0, i).every((other) => isAllCaps(other.text))) return false;
  const below = input.page ? input.page[pageIndexOf(input.page, unit) + 1] : input.zone[1];
  return below !== undefined && isDateLine(below.text);
}

function pageIndexOf(page: Unit[], unit: Unit): number {
  if (page !== indexedPage) {
    pageIndex = new Map();
    page.forEach((other, k) => {
      if (!pageIndex.has(other.lines[0])) pageIndex.set(other.lines[0], k);
    });
    indexedPage = page;
  }
  return pageIndex.get(unit.lines[0]) ?? -1;
}

/** Whether another unit of the file has the same text (compared folded, lengths first: cheap). */
function repeats(unit: Unit, all: Unit[]): boolean {
  const key = foldOnce(unit.text);
  const length = unit.text.length;
  return all.some((other) => other !== unit && Math.abs(other.text.length - length) <= 4 && foldOnce(other.text) === key);
}

/** A subject this many words long at least has a fuller form worth looking for. */
const MIN_SHORTENED_WORDS = 4;
/** The fuller form has at most this many times the subject's words. */
const MAX_FULLER_RATIO = 1.6;

/** Whether a zone line holds every word of the subject, and a few more, in a headline's length. */
function fullerForm(unit: Unit, subject: string): boolean {
  const words = (text: string) => foldOnce(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const wanted = words(subject);
  if (wanted.length < MIN_SHORTENED_WORDS || unit.text.length > MAX_TITLE_CHARS || isProse(unit.text)) return false;
  const have = words(unit.text);
  if (have.length <= wanted.length || have.length > wanted.length * MAX_FULLER_RATIO) return false;
  const set = new Set(have);
  return wanted.every((word) => set.has(word));
}
