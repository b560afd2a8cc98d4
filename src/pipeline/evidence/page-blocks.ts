/**
 * Blocks of furniture told by their shape across several lines, where no one line's words say
 * enough: a table of contents (items the text repeats below as its headings), a podcast's
 * chapter list (lines that open with a time), a ticker and its quote ("HXGS" over "+2.85%"),
 * a masthead's tagline closing on the edition ("… Issue 41."), an e-mail signature under
 * the "-- " delimiter, and a PDF's running headers and footers ("LAKESIDE INSTITUTE 1", "… 2").
 *
 * Why: these blocks have no fixed wording from one site to the next, but each has a shape no
 * body text has: a contents list is the text's own headings said twice; chapters are times
 * and titles one a line; a quote is a symbol over a signed percentage; and "-- " is the
 * signature delimiter mail programs have written since RFC 3676 (§4.3); a text pasted from a
 * PDF carries each page's header and footer, the same words with the page's number.
 *
 * Weight: decisive. A contents list must stand in the first half, hold two items at least,
 * and every item must recur after it; chapters need three timed lines in a row.
 */
import type { Unit } from '../stages/04-units';
import { parseListMarker, wordCountUpTo } from '../text/line-shape';

/** A contents item is a heading: this many words at most. */
const MAX_ITEM_WORDS = 16;
/** A chapter list has this many timed lines at least. */
const MIN_CHAPTERS = 3;
/** A signature under "--" is short; a longer run below one is more text, not a signature. */
const MAX_SIGNATURE_UNITS = 10;

/** "00:00 Intro", "(12:30) The tariff truce", "1:02:15 – Questions": a chapter's time and title. */
const CHAPTER = /^[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s*[-–—:|·]?\s+\S.{0,100}$/u;
/** A cheap test before CHAPTER: the line opens with a digit or a bracket. */
const STARTS_TIMED = /^[\d([]/;
/** A contents entry's leader and page number: " ........ 12", " . . . . 3", "…… 7". */
const DOT_LEADER = /\s*(?:(?:\.\s?){4,}|…{2,}|·{4,})\s*\d{1,4}$/u;
/** "HXGS", "NASDAQ: HXGS", "9988.HK": a stock symbol on its own line. */
const TICKER = /^(?:(?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK|SSE|SZSE|TSX|LSE|ASX|OTC)\s*:\s*)?[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?$/u;
/** "+2.85%", "-0.4%", "−1.10 (−0.8%)": a quote's change. */
const QUOTE_CHANGE = /^[+\-−]\s?\d[\d.,]*%?(?:\s*\([+\-−]?\d[\d.,]*%\))?$/u;

/** Whether a line ends on a contents entry's leader and page number ("2.1 Scope ........ 3"). */
export function endsOnLeader(text: string): boolean {
  return endsOnDigit(text) && DOT_LEADER.test(text);
}

/** (A cheap test before DOT_LEADER, which every line of a file's first half is asked.) */
function endsOnDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
}

/**
 * Indexes of the lines of a table of contents: a run of two or more list items (or entries with
 * a dot leader and page number) starting in the first half, each of which recurs below the run
 * as a heading of the text: its item text alone, or the whole line followed by more than another
 * item (a section's numbered headline).
 */
export function contentsLines(units: readonly Unit[]): number[] {
  const half = Math.ceil(units.length / 2);
  let texts: Map<string, number> | null = null;
  const found: number[] = [];
  let run: { i: number; later: number }[] = [];
  const close = () => {
    const end = run.at(-1)?.i ?? 0;
    if (run.length >= 2 && run.every((item) => item.later > end)) found.push(...run.map((item) => item.i));
    run = [];
  };
  // A list starts in the first half (it may run on past it).
  for (let i = 0; i < units.length && (i < half || run.length > 0); i++) {
    // A printed contents list's entry ends on a leader and its page ("2.1 Scope ........ 3"):
    // the heading is what stands before it, with or without a number.
    const led = endsOnDigit(units[i].text) ? DOT_LEADER.exec(units[i].text) : null;
    const text = led ? units[i].text.slice(0, led.index) : units[i].text;
    const item = text.length > 160 ? undefined : parseListMarker(text)?.text ?? (led ? text : undefined);
    if (!item || wordCountUpTo(item, MAX_ITEM_WORDS) > MAX_ITEM_WORDS) {
      close();
      continue;
    }
    // Built only for a file with a candidate line: the last index of each text.
    texts ??= lastIndexes(units);
    const bare = texts.get(item) ?? -1;
    const whole = texts.get(text) ?? -1;
    const heads = whole > i && !parseListMarker(units[whole + 1]?.text ?? '- ');
    const later = Math.max(bare, heads ? whole : -1);
    if (later > i) run.push({ i, later });
    else close();
  }
  close();
  return found;
}

function lastIndexes(units: readonly Unit[]): Map<string, number> {
  const map = new Map<string, number>();
  units.forEach((unit, i) => map.set(unit.text, i));
  return map;
}

/** Indexes of a chapter list: three or more timed lines in a row, and a short label right above them. */
export function chapterLines(units: readonly Unit[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!STARTS_TIMED.test(units[i].text) || !CHAPTER.test(units[i].text)) continue;
    let j = i;
    while (j < units.length && CHAPTER.test(units[j].text)) j++;
    if (j - i >= MIN_CHAPTERS) {
      const label = units[i - 1];
      if (label && label.text.length <= 30 && !/[.!?]$/u.test(label.text)) found.push(i - 1);
      for (let k = i; k < j; k++) found.push(k);
    }
    i = j;
  }
  return found;
}

/** Whether the line is a stock symbol with its quote's change right below it. */
export function isTickerOverQuote(unit: Unit, next: Unit | undefined): boolean {
  return next !== undefined && unit.text.length <= 24 && TICKER.test(unit.text) && QUOTE_CHANGE.test(next.text);
}

/** "… in five items. Issue 41.", "Weekly notes for members · No. 12": a line closing on its edition. */
const CLOSES_ON_EDITION = /(?:^|[\s|·•–—-])(?:issue|edition|no\.|number|vol\.|volume)\s*#?\d{1,4}\.?$/iu;
/** A word in lower case of three letters or more. */
const LOWER_WORD = /(?<![\p{L}'’])\p{Ll}{3,}/gu;
/** The top of a page, where a masthead's tagline and edition stand. */
const TOP_UNITS = 6;
/** A tagline is short. */
const MAX_TAGLINE_WORDS = 16;

/**
 * Indexes of lines at the top that close on the edition's number ("The week's China policy news
 * in five items. Issue 41."): the masthead's tagline, never the text. (A line that is only an
 * edition label is the header's to read as metadata.)
 */
export function editionLines(units: readonly Unit[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < Math.min(units.length, TOP_UNITS); i++) {
    const text = units[i].text;
    if (text.length > 160 || !CLOSES_ON_EDITION.test(text) || wordCountUpTo(text, MAX_TAGLINE_WORDS) > MAX_TAGLINE_WORDS) continue;
    // Words in lower case besides the edition label: a tagline, not a bare "Issue 41" nor a
    // name and its edition ("China Policy Pulse — Issue 12", the title).
    if ((text.replace(CLOSES_ON_EDITION, '').match(LOWER_WORD)?.length ?? 0) >= 3) found.push(i);
  }
  return found;
}

/** Index of the "--" signature delimiter in the second half with a short signature under it, or -1. */
export function signatureStart(units: readonly Unit[]): number {
  for (let i = units.length - 1; i >= Math.ceil(units.length / 2); i--) {
    if (units[i].text === '--' || units[i].text === '-- ') return units.length - i - 1 <= MAX_SIGNATURE_UNITS ? i : -1;
  }
  return -1;
}

/** A page number on its own line: "Page 14 of 60", "Page 3", "- 14 -". */
const PAGE_NUMBER = /^(?:page \d+(?: (?:of|\/) \d+)?|[-–—] ?\d+ ?[-–—])$/i;
export function isPageNumber(text: string): boolean {
  return text.length <= 24 && PAGE_NUMBER.test(text);
}

/** A bare web address on its own line ("www.example.org", "https://…"): a footer's or a link list's, never prose. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
export function isBareUrl(text: string): boolean {
  return BARE_URL.test(text);
}

/**
 * What a PDF sets on a line of its own where its page breaks, and what no paragraph runs on
 * into: the page's number, looser than isPageNumber ("p. 3", "3 / 60", a bare "14"), or a bare
 * web address. (Where a paragraph is pasted, a bare number alone on a line is never its text.)
 */
const PAGE_MARK = /^(?:(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*(?:of|\/)\s*\d+|[-–—\s]*\d{1,4}[-–—\s]*)$/i;
export function isPageBreakLine(text: string): boolean {
  return PAGE_MARK.test(text) || isBareUrl(text);
}
/** Units on either side of a page number where a PDF's running lines stand. */
const RUNNING_REACH = 3;
/** A running line is short: a title, an organisation, an address. */
const MAX_RUNNING_WORDS = 12;

/**
 * A PDF's running headers and footers that carry no number: short lines standing next to page
 * numbers ("Page 14 of 60") at two page breaks or more. Why: a text pasted from a PDF repeats
 * them at every break; a heading never stands at two breaks.
 */
export function runningLines(units: readonly Unit[]): number[] {
  const breaks = units.flatMap((unit, i) => (isPageNumber(unit.text) ? [i] : []));
  if (breaks.length < 2) return [];
  const near = new Map<string, { indexes: number[]; breaks: Set<number> }>();
  for (const at of breaks) {
    for (let j = Math.max(0, at - RUNNING_REACH); j <= Math.min(units.length - 1, at + RUNNING_REACH); j++) {
      const unit = units[j];
      if (j === at || unit.words > MAX_RUNNING_WORDS || isPageNumber(unit.text)) continue;
      const entry = near.get(unit.text) ?? { indexes: [], breaks: new Set<number>() };
      if (!entry.indexes.includes(j)) entry.indexes.push(j);
      entry.breaks.add(at);
      near.set(unit.text, entry);
    }
  }
  return [...near.values()].filter((entry) => entry.breaks.size >= 2 && entry.indexes.length >= 2).flatMap((entry) => entry.indexes);
}

/** "LAKESIDE INSTITUTE FOR ASIAN AFFAIRS 1", "3 | Policy Brief": a running line and its page number. */
const PAGED = /^(?:(\d{1,3})\s*[|·•-]?\s+(\S.{2,80}?)|(\S.{2,80}?)\s*[|·•-]?\s+(\d{1,3}))$/u;

/**
 * A PDF's running headers and footers: lines whose words recur with different page numbers
 * (two pages at least). A heading never carries a page number that changes.
 */
export function pageNumberLines(units: readonly Unit[]): number[] {
  const byText = new Map<string, { indexes: number[]; numbers: Set<string> }>();
  units.forEach((unit, i) => {
    const text = unit.text;
    const last = text.charCodeAt(text.length - 1);
    const first = text.charCodeAt(0);
    // (Cheap: a page number ends or opens the line.)
    if (!((last >= 48 && last <= 57) || (first >= 48 && first <= 57)) || text.length > 90) return;
    const paged = PAGED.exec(text);
    if (!paged) return;
    const words = (paged[2] ?? paged[3]).toLowerCase();
    const entry = byText.get(words) ?? { indexes: [], numbers: new Set<string>() };
    entry.indexes.push(i);
    entry.numbers.add(paged[1] ?? paged[4]);
    byText.set(words, entry);
  });
  return [...byText.values()].filter((entry) => entry.numbers.size >= 2).flatMap((entry) => entry.indexes);
}
