import * as chrono from 'chrono-node';
import { caseless } from './caseless';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

/**
 * A date written out in full (a year is required: "On 4 February" is not a date we may use).
 * Slashed forms (01/02/2026) are deliberately absent: day/month order cannot be known.
 */
export const DATE_SOURCE =
  `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}年\\d{1,2}月\\d{1,2}日)`;
export const MONTH_SOURCE = MONTH;
const MONTH_WORD = new RegExp(MONTH, 'i');

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Month numbers by lower-case name and three-letter abbreviation ("sept" is cleaned to "sep"). */
const MONTH_NUMBERS = new Map(MONTH_NAMES.flatMap((name, i) => [[name, i + 1], [name.slice(0, 3), i + 1]] as [string, number][]));

/**
 * Parses one written date into ISO `yyyy-mm-dd`, or null when it is not a real calendar date.
 * The four shapes DATE_SOURCE admits are read directly (a month-name table, a calendar check):
 * it runs on every dated header line, and date-fns's general `parse` cost 6 µs a call.
 */
export function parseDate(written: string): string | null {
  const cleaned = written
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/,/g, '')
    .replace(/\bSept\b/i, 'Sep')
    .replace(/(\p{L})\./gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cleaned) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(cleaned);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(cleaned);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), MONTH_NUMBERS.get(dayFirst[2].toLowerCase()), Number(dayFirst[1]));
  const monthFirst = /^(\p{L}+) (\d{1,2}) (\d{4})$/u.exec(cleaned);
  if (monthFirst) return calendarDate(Number(monthFirst[3]), MONTH_NUMBERS.get(monthFirst[1].toLowerCase()), Number(monthFirst[2]));
  return null;
}

/** ISO form of a year, month and day; null for an impossible date (31 February is refused, not rolled over). */
function calendarDate(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Parses a stated range ("February 2 - February 6, 2026", "2–6 February 2026") into ISO start
 * and end. The left side borrows the year (and month) the right side states; a range across
 * New Year takes the previous year for its start.
 */
export function parseDateRange(written: string): { start: string; end: string } | null {
  const parts = written.split(/\s*(?:[-–—]|\bto\b|\buntil\b)\s*/u);
  if (parts.length !== 2) return null;
  const leftMonth = MONTH_WORD.exec(parts[0])?.[0];
  // "February 2-6, 2026": the right side borrows the month the left side states.
  const right = leftMonth && !/\p{L}/u.test(parts[1]) ? `${leftMonth} ${parts[1]}` : parts[1];
  const end = parseDate(right);
  if (!end) return null;
  const [endYear] = end.split('-');
  const endMonthName = MONTH_WORD.exec(right)?.[0] ?? '';
  const left = /\d{4}/.test(parts[0]) ? parts[0] : /\p{L}/u.test(parts[0]) ? `${parts[0]} ${endYear}` : `${parts[0]} ${endMonthName} ${endYear}`;
  let start = parseDate(left);
  if (start && start > end) start = parseDate(left.replace(endYear, String(Number(endYear) - 1)));
  return start && start <= end ? { start, end } : null;
}

/**
 * ISO week label (`2026-W06`) of an ISO date: the week holding the date's Thursday, counted in
 * that Thursday's year. Integer arithmetic on day numbers (date-fns's getISOWeek and
 * getISOWeekYear cost ~7 µs an issue; a property test holds this to them).
 */
export function isoWeekOf(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const days = daysFromCivil(year, month, day);
  const thursday = days - isoWeekday(days) + 4;
  const weekYear = thursday < daysFromCivil(year, 1, 1) ? year - 1 : thursday >= daysFromCivil(year + 1, 1, 1) ? year + 1 : year;
  return `${weekYear}-W${pad(Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1)}`;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** ISO weekday (Monday 1 … Sunday 7) of a day number (1970-01-01 was a Thursday). */
function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** A date found in a line, as ISO, with where it stands in the line. */
export interface WrittenDate {
  /** ISO `yyyy-mm-dd`; null when the day/month order cannot be known (see `ambiguous`). */
  iso: string | null;
  /** The date as written. */
  text: string;
  /** Offset of the written date in the line. */
  index: number;
  /** "03/04/2024": both orders are real dates and nothing says which is meant. */
  ambiguous: boolean;
}

/**
 * A cheap test for "this line may state a full date": a four-digit year, a `dd.mm.yy`-style
 * numeric date, or `年`. The parser below costs ~50 µs a call, so it runs only on lines that
 * pass this and stand where a publication date stands.
 */
const MAYBE_DATED = /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2}|\d年/u;
const FULL_DATE = new RegExp(DATE_SOURCE, 'u');
/** Numeric day-month-year or month-day-year ("11/19/2024", "19.11.24", "03/04/2024"). */
const NUMERIC = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.])/u;
/** A time with a US zone right after a date: " 10:00 AM EDT", ", 9:15 a.m. ET". */
const US_TIME_AFTER = /^,?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:E|C|M|P)[SD]?T\b/iu;

/**
 * Every full date a line states (year, month and day all written: "On 3 December" is not one),
 * in order. Dates written the common ways are read directly (parseDate); anything else goes to
 * chrono-node, a maintained parser that reads "16-Aug-2023", "Dec. 02, 2024 08:00 ET",
 * RFC 2822 headers, "2024.11.19" and Chinese `2017年03月05日10:26`. A numeric date whose two
 * first numbers are both ≤ 12 and differ ("03/04/2024") is returned as ambiguous, never guessed.
 */
export function findDates(line: string): WrittenDate[] {
  // "November 9, 20252:35 PM GMT+8": a page's date and time glued when copied; read apart.
  if (line.includes(':') && GLUED_TIME.test(line)) line = line.replace(GLUED_TIME, '$1 $2');
  if (!MAYBE_DATED.test(line)) return [];
  // The header stage asks about the same few lines several times (title evidence, date evidence).
  const known = FOUND.get(line);
  if (known) return known;
  if (FOUND.size >= MAX_REMEMBERED) FOUND.clear();
  const found = readDates(line);
  FOUND.set(line, found);
  return found;
}

/** A year with the time glued on after a day: "9, 20252:35 PM". */
const GLUED_TIME = /(\d,? (?:19|20)\d\d)(\d{1,2}:\d\d)/u;

/** Lines already read, and what they state (cleared when full: a bound, not an eviction policy). */
const FOUND = new Map<string, WrittenDate[]>();
const MAX_REMEMBERED = 2000;
/** A line where a publication date stands is short; a paragraph that states a date tells of an event. */
const MAX_CHRONO_CHARS = 200;
/**
 * What chrono-node could read as a full date besides the shapes read directly: a month name or
 * abbreviation, a numeric date, or Chinese 年/月. A bare year ("in 2024") never is one.
 */
const CHRONO_WORTHY = caseless(/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d[./-]\d{1,2}[./-]\d|年|月/iu);

function readDates(line: string): WrittenDate[] {
  const numeric = NUMERIC.exec(line);
  if (numeric && !FULL_DATE.test(line)) {
    const [text, a, separator, b, y] = numeric;
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    const [first, second] = [Number(a), Number(b)];
    if (year >= 1900 && year <= 2099) {
      // "04/10/2025 10:00 AM EDT": a US time zone after the time states the US order, month first.
      const usOrder = separator === '/' && US_TIME_AFTER.test(line.slice(numeric.index + text.length));
      if (usOrder) {
        const iso = calendarDate(year, first, second);
        if (iso) return [{ iso, text, index: numeric.index, ambiguous: false }];
      }
      if (first <= 12 && second <= 12 && first !== second) return [{ iso: null, text, index: numeric.index, ambiguous: true }];
      // The number above 12 is the day; the other the month.
      const iso = first > 12 ? calendarDate(year, second, first) : calendarDate(year, first, second);
      if (iso) return [{ iso, text, index: numeric.index, ambiguous: false }];
    }
  }
  const direct = FULL_DATE.exec(line);
  const directIso = direct ? parseDate(direct[0]) : null;
  if (direct && directIso) return [{ iso: directIso, text: direct[0], index: direct.index, ambiguous: false }];
  return line.length <= MAX_CHRONO_CHARS && CHRONO_WORTHY.test(line) ? chronoDates(line) : [];
}

/**
 * The full dates chrono-node reads in a line (its Chinese parser for Chinese text). Its strict
 * parsers, which read only dates written out: the casual ones also read "today", "now",
 * "yesterday", "last week" and 今天 as certain dates, counted from the reference instant below,
 * and so invented 2000-01-01 for "Updated today · March 2026 edition". (They are also four times
 * slower to start and to run.)
 */
function chronoDates(line: string): WrittenDate[] {
  const chinese = /[\u3400-\u9fff]/u.test(line);
  let results = chinese ? chrono.zh.strict.parse(line, REFERENCE) : chrono.strict.parse(line, REFERENCE);
  // (A Chinese page may write its date in figures, "发布时间：2025/07/24", which only the
  // English parser reads.)
  if (chinese && results.length === 0) results = chrono.strict.parse(line, REFERENCE);
  const found: WrittenDate[] = [];
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const iso = calendarDate(start.get('year')!, start.get('month')!, start.get('day')!);
    if (iso) found.push({ iso, text: result.text, index: result.index, ambiguous: false });
  }
  return found;
}

/** Reference instant for chrono-node; only fully written dates are kept, so it never shows. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
