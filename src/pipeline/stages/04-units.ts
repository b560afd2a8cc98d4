import { HEADER_PATTERNS } from '../text/header-patterns';
import { foldOnce } from '../text/fold';
import { englishDensity } from '../evidence/function-words';
import { SUB_NUMBERED } from '../evidence/heading-evidence';
import { endsOnLeader, isPageBreakLine } from '../evidence/page-blocks';
import { isTitleCase, wordCount } from '../text/line-shape';

/**
 * A unit of text: one line, or several hard-wrapped lines joined back into one paragraph.
 * Every later stage works on units and reports by their line numbers.
 */
export interface Unit {
  /** 1-based line numbers of the decoded file that make up this unit. */
  lines: number[];
  /** The unit's text (lines joined with a space when reflowed). */
  text: string;
  /** Set when the source marks the line as a heading (`# Heading`, `**Heading**`). */
  heading?: boolean;
  /** Set by the header stage on the subtitle under the title: a paragraph, never a heading. */
  standfirst?: boolean;
  /** Set by the strip stage on a data table's rows (evidence/link-list.ts): paragraphs, never headings. */
  tableRow?: boolean;
  /**
   * `wordCount(text)`, counted once when the unit is made: the stages ask it of every unit
   * several times (counting was the strip and pull-quote stages' largest single cost).
   */
  words: number;
}

/**
 * Every unit is made here, with all its fields in one order (unset ones undefined), so that
 * every unit has one shape: units of several shapes made the optimised stages that read them
 * deoptimise and be compiled again on each thread.
 */
export function unitOf(lines: number[], text: string, heading?: boolean): Unit {
  return { lines, text, heading, standfirst: undefined, tableRow: undefined, words: wordCount(text) };
}

/** The unit's folded text, for comparisons; computed once per text (see foldOnce). */
export function unitKey(unit: Unit): string {
  return foldOnce(unit.text);
}

/** `# Heading`, `**Heading**`, `__Heading__`, and the bar a WeChat article sets before its headings ("▍暂停的是什么"). */
const MARKED_HEADING = /^(?:#{1,6}\s+(.+?)(?:\s+#+)?|\*\*([^*]+)\*\*|__([^_]+)__|[▍▌▎]\s*([^▍▌▎]{2,60}))$/u;

/** Shortest line that can be a wrapped line of prose (shorter ones are headings, labels…). */
const MIN_WRAPPED_LINE = 30;
/** Longest line a hard-wrapping mail client or editor produces (they wrap at 72–80). */
const MAX_WRAPPED_LINE = 100;
const LIST_MARKER = /^(?:[-*•▪◦–·]\s|\(?\d{1,3}[.)]\s|\[\d{1,3}\]\s|\(?[a-z][.)]\s)/u;
const FIELD_LINE = /^[\p{Lu}][\p{L}-]{1,20}:\s/u;
const SENTENCE_END = /[.!?:;"”’)\]]$/u;
/** A line of items on pipes or middle dots: a menu, a footer, an event row, a date and reading time. */
const LINK_ROW = / [|·•] .* [|·•] /u;
const DOT_PARTS = / [·•] /u;
/** A line with an e-mail address: a contact or signature line, one a line. */
const EMAIL_ADDRESS = /\S@[\w-]+\.\w/u;
const ZH_FIELD_LINE = /^[\p{Script=Han}]{2,8}[:：]/u;
/** A byline's or dateline's frames: "Posted on …", "Published 2 June 2025 · …", "Written by …", "By Jane Doe" (names only). */
const BYLINE_LINE = /^(?:(?:Posted|Published|Updated|Last updated)(?: (?:on|by|in|at))?:? (?:\d|on\b|by\b|in\b|at\b|\p{Lu}\p{Ll}{2,8}\.? \d)|Written by\b|By \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}$)/u;
/** A drawn rule or a box's side: no letter or digit, or text between two `|` borders. */
const DRAWN_LINE = /^(?:[^\p{L}\p{N}]{3,}|\|.*\|)$/u;
/** Capitalised words and nothing else ("News Markets Press Releases My Portfolio"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}&'’-]*(?: (?:\p{Lu}[\p{L}&'’-]*|&))+$/u;


/** Five capitalised words or more, none of them a grammar word: a menu, not a line of prose. */
function isMenuLine(text: string): boolean {
  if (!CAPITALISED_WORDS.test(text)) return false;
  const { words, density } = englishDensity(text);
  return words >= 5 && density === 0;
}
/** A line drawn with one repeated rule character. */
const RULE_LINE = /^\s*([-=_*~#·•—–])\1{2,}\s*$/u;
/** Hard-wrapped lines that break mid-sentence stop near the wrap width (60–80 characters). */
const WRAP_WIDTH_MIN = 55;

/**
 * Splits normalized text into units. Text is either one paragraph a line (most web copies) or
 * hard-wrapped paragraphs separated by blank lines (e-mail): a blank-separated group whose
 * lines mostly break mid-sentence is joined into one unit; otherwise each line is a unit.
 */
export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let group: Unit[] = [];
  // Lines the text sets more than once (a PDF's running header), counted when first asked.
  let counts: Map<string, number> | null = null;
  const recurs = (line: string) => {
    if (!counts) {
      counts = new Map();
      for (const each of text.split('\n')) counts.set(each, (counts.get(each) ?? 0) + 1);
    }
    return counts.get(line)! > 1;
  };
  const flush = () => {
    // A short capitalised line over wrapped prose with no blank line between: a heading.
    if (group.length > 2 && headsGroup(group)) units.push(group.shift()!);
    // A capitalised word or two under the lines, with no sentence's end ("Inbox" under the
    // subject a mail client shows, its folder label): a label of its own, never a paragraph's end.
    const label = group.length >= 2 && endsOnLabel(group) ? group.pop()! : null;
    if (isWrappedParagraph(group)) units.push(join(group));
    else units.push(...reflowed(group, recurs));
    if (label) units.push(label);
    group = [];
  };
  text.split('\n').forEach((line, index) => {
    if (line === '') flush();
    else if (RULE_LINE.test(line)) {
      // A rule ("-----", "=====") parts what is above from what is below, as a blank line does.
      flush();
      units.push(toUnit(index + 1, line));
    } else group.push(toUnit(index + 1, line));
  });
  flush();
  return units;
}

/** A paragraph's last line is this short, at least, when it ends without a sentence's end. */
const MAX_LABEL_WORDS = 2;
function endsOnLabel(group: Unit[]): boolean {
  const last = group[group.length - 1].text;
  return wordCount(last) <= MAX_LABEL_WORDS && /^\p{Lu}/u.test(last) && !SENTENCE_END.test(last) && !/[,;–-]$/u.test(group[group.length - 2].text) && !LIST_MARKER.test(last);
}

function isWrappedParagraph(group: Unit[]): boolean {
  if (group.length < 2) return false;
  if (group.some((unit) => unit.heading || LIST_MARKER.test(unit.text) || unit.text.startsWith('>'))) return false;
  // "From: …", "Date: …": a block of header fields, one a line.
  if (group.filter((unit) => FIELD_LINE.test(unit.text)).length >= 2) return false;
  if (group.slice(0, -1).some((unit) => unit.text.length < MIN_WRAPPED_LINE)) return false;
  if (group.some((unit) => unit.text.length > MAX_WRAPPED_LINE)) return false;
  // "=====" / "+-----+" rules and "| … |" box lines frame a plain-text masthead; never prose.
  if (group.some((unit) => DRAWN_LINE.test(unit.text))) return false;
  // "Markets Stocks Funds Crypto Press Releases My Portfolio": a menu whose spacing was folded,
  // every word capitalised and none a grammar word (evidence/function-words.ts), as no
  // wrapped line of prose is.
  if (group.some((unit) => unit.text.length >= WRAP_WIDTH_MIN && isMenuLine(unit.text))) return false;
  // "Beijing, 3 March 2026" under a title: a dateline is a line of its own, never wrapped prose.
  // (Checked after the cheap length tests: this runs on every group of every file.)
  if (group.some((unit) => HEADER_PATTERNS.dateline.test(unit.text) || HEADER_PATTERNS.timestamp.test(unit.text))) return false;
  // "Posted on May 8, 2025 by …", "By Jane Doe" under a headline: a byline is a line of its own.
  if (group.slice(1).some((unit) => BYLINE_LINE.test(unit.text))) return false;
  // "A | B | C" rows (menus, event lists) are one item a line, never wrapped prose.
  // (So is a line with one spaced middle dot or bullet, which prose never sets: "Thursday 4
  // December 2025 · Calder Strait Advisory, Washington DC", "Nov 2 · 5 min read".)
  if (group.some((unit) => LINK_ROW.test(unit.text) || EMAIL_ADDRESS.test(unit.text) || DOT_PARTS.test(unit.text))) return false;
  // "索引号：…" / "主题分类：…": Chinese field lines, one a line.
  if (group.filter((unit) => ZH_FIELD_LINE.test(unit.text)).length >= 2) return false;
  // Three lines or more, each opening in capitals and none ending a sentence (the last line of a
  // paragraph does): a list of headlines ("Most Viewed" links), one a line, however long.
  if (group.length >= 3 && group.every((unit) => !SENTENCE_END.test(unit.text)) && group.slice(1).every((unit) => /^[\p{Lu}\p{N}"“‘']/u.test(unit.text))) return false;
  const breaks = group.slice(0, -1);
  // A break is mid-sentence when the next line goes on in lower case, or the line stops on a
  // comma or near the wrap width; a short line without a full stop followed by a capitalised
  // one is a heading or a headline in a list ("Putin and Xi hail …" / "What a decade …").
  // A headline in title case over a capitalised line ("… Launch 1,200 Fast Chargers for City
  // Fleet" / "Source: …") stops where it ends, however long it is.
  const midSentence = breaks.filter((unit, i) => /^\p{Ll}/u.test(group[i + 1].text) || (!SENTENCE_END.test(unit.text) && (unit.text.length >= WRAP_WIDTH_MIN || /[,;–-]$/u.test(unit.text)) && !isTitleCase(unit.text)));
  return midSentence.length * 2 >= breaks.length;
}

/** A page pasted from a PDF wraps at one width: this many lines at least make a page. */
const MIN_PAGE_LINES = 6;
/** Of a page's lines, this share at least run to (near) its wrap width. */
const MIN_FULL_SHARE = 0.5;
/** Of a page's lines, this share at most stand alone by their shape (see `alone` in reflowed). */
const MAX_ALONE_SHARE = 0.2;
/** A line this close to the wrap width was wrapped, not ended. */
const FULL_LINE = 0.85;

/**
 * A block of text pasted from a PDF: no blank line between its paragraphs, headings and list
 * items, every line broken at one width. Each line is a unit unless it runs on: its paragraph
 * or item goes on in the next line when that opens in lower case, when the line stops on a
 * comma or a broken word, or when it runs to the wrap width (a paragraph's last line stops
 * short). A list marker, a page's furniture (its number, a web address, a line the text sets
 * more than once: the running header) and what follows a short line always stand alone. Other blocks (one paragraph a line, as web copies are) are left as lines.
 */
function reflowed(group: Unit[], recurs: (line: string) => boolean): Unit[] {
  if (group.length < MIN_PAGE_LINES) return group;
  const lengths = group.map((unit) => unit.text.length).sort((a, b) => a - b);
  // The wrap width: the length most lines come near (the 80th percentile).
  const width = lengths[Math.floor(lengths.length * 0.8)];
  if (width < WRAP_WIDTH_MIN || width > MAX_WRAPPED_LINE) return group;
  if (lengths.filter((length) => length >= width * FULL_LINE).length < group.length * MIN_FULL_SHARE) return group;
  // Marked headings, drawn rules, "A | B | C" rows and "Label: …" fields stand alone: a page's
  // running header or a figure's source line among its paragraphs; a block of many is a form
  // or a menu, not a page of prose.
  const alone = group.map((unit) => !!unit.heading || DRAWN_LINE.test(unit.text) || LINK_ROW.test(unit.text) || DOT_PARTS.test(unit.text) || FIELD_LINE.test(unit.text));
  if (alone.filter(Boolean).length > group.length * MAX_ALONE_SHARE) return group;
  const runsOn = (unit: Unit, next: Unit, i: number) => {
    // (A contents entry ends on its page number; "2.1 Scope" opens a sub-section.)
    // (A "Comment: …" field that wraps goes on in the lower-case line under it.)
    const wrappedField = alone[i - 1] && !unit.heading && FIELD_LINE.test(unit.text) && /^\p{Ll}/u.test(next.text) && !SENTENCE_END.test(unit.text);
    if ((alone[i - 1] && !wrappedField) || alone[i] || LIST_MARKER.test(next.text) || SUB_NUMBERED.test(next.text) || endsOnLeader(unit.text) || isPageBreakLine(next.text) || isPageBreakLine(unit.text) || recurs(unit.text) || recurs(next.text)) return false;
    if (/^\p{Ll}/u.test(next.text) || /(?:,|;|\p{L}-)$/u.test(unit.text)) return true;
    return unit.text.length >= width * FULL_LINE;
  };
  const out: Unit[] = [];
  let run: Unit[] = [group[0]];
  for (let i = 1; i < group.length; i++) {
    if (runsOn(group[i - 1], group[i], i)) run.push(group[i]);
    else {
      out.push(run.length > 1 ? join(run) : run[0]);
      run = [group[i]];
    }
  }
  out.push(run.length > 1 ? join(run) : run[0]);
  return acrossPageBreaks(out, (unit) => unit.lines.length === 1 && (isPageBreakLine(unit.text) || recurs(unit.text)));
}

/**
 * A paragraph a page break cuts in two ("… are not yet known for most" / "Page 15 of 60" / the
 * running header / "product categories, and members fear …"): one unit of its lines on both
 * sides, set before the page's furniture, which stays units of its own. The line before the
 * break stops mid-sentence and the one after goes on in lower case.
 */
function acrossPageBreaks(units: Unit[], isFurniture: (unit: Unit) => boolean): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    let j = i + 1;
    while (j < units.length && isFurniture(units[j])) j++;
    const cut = j > i + 1 && j < units.length && !isFurniture(units[i]) && !SENTENCE_END.test(units[i].text) && /^\p{Ll}/u.test(units[j].text);
    if (!cut) {
      out.push(units[i]);
      continue;
    }
    out.push(join([units[i], units[j]]), ...units.slice(i + 1, j));
    i = j;
  }
  return out;
}

/** The first line is short, ends without punctuation, and the next opens a new sentence. */
function headsGroup(group: Unit[]): boolean {
  const first = group[0].text;
  return first.length < WRAP_WIDTH_MIN && !SENTENCE_END.test(first) && !/[,;–-]$/u.test(first) && /^\p{Lu}/u.test(group[1].text) && !LIST_MARKER.test(first);
}

function join(group: Unit[]): Unit {
  let text = group[0].text;
  for (const unit of group.slice(1)) {
    // "range-" + "based": a compound word broken at its hyphen is joined without a space.
    text += /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(unit.text) ? unit.text : ` ${unit.text}`;
  }
  return unitOf(group.flatMap((unit) => unit.lines), text);
}

/** "|  THE GRAIN & LAND LETTER   |": a line of a box drawn in text; its text is what is inside. */
const BOXED = /^\|\s*([^|]*[\p{L}\p{N}][^|]*?)\s*\|$/u;

/** "*** BEIJING BRIEF ***", "=== Markets ===": a name or label between runs of the same mark. */
const DECORATED = /^([*=#~])\1{1,}\s+([^*=#~].*?)\s+\1{2,}$/u;

function toUnit(line: number, text: string): Unit {
  if (text.startsWith('|')) {
    const boxed = BOXED.exec(text);
    if (boxed) text = boxed[1];
  } else if (DECORATED.test(text)) text = DECORATED.exec(text)![2];
  const marked = MARKED_HEADING.exec(text);
  const heading = marked?.[1] ?? marked?.[2] ?? marked?.[3] ?? marked?.[4];
  return heading ? unitOf([line], heading.trim(), true) : unitOf([line], text);
}
