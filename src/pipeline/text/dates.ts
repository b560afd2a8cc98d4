import { getISOWeek, getISOWeekYear } from 'date-fns';

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

/** ISO week label (`2026-W06`) of an ISO date (date-fns does the ISO week arithmetic). */
export function isoWeekOf(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(2000, month - 1, day);
  date.setFullYear(year);
  return `${getISOWeekYear(date)}-W${pad(getISOWeek(date))}`;
}
