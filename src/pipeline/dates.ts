import { getISOWeek, getISOWeekYear, isValid, parse } from 'date-fns';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

/**
 * A date written out in full (a year is required: "On 4 February" is not a date we may use).
 * Slashed forms (01/02/2026) are deliberately absent: day/month order cannot be known.
 */
export const DATE_SOURCE =
  `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}年\\d{1,2}月\\d{1,2}日)`;
export const MONTH_SOURCE = MONTH;

const REFERENCE = new Date(2000, 0, 1);

/** The date-fns format a cleaned date string has, judged by its shape (one parse, not six). */
function formatOf(cleaned: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(cleaned)) return 'yyyy-MM-dd';
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(cleaned)) return 'yyyy年M月d日';
  const dayFirst = /^\d{1,2} (\p{L}+) \d{4}$/u.exec(cleaned);
  if (dayFirst) return dayFirst[1].length > 3 ? 'd MMMM yyyy' : 'd MMM yyyy';
  const monthFirst = /^(\p{L}+) \d{1,2} \d{4}$/u.exec(cleaned);
  if (monthFirst) return monthFirst[1].length > 3 ? 'MMMM d yyyy' : 'MMM d yyyy';
  return null;
}

/** Parses one written date into ISO `yyyy-mm-dd`, or null when it is not a real calendar date. */
export function parseDate(written: string): string | null {
  const cleaned = written
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/,/g, '')
    .replace(/\bSept\b/, 'Sep')
    .replace(/(\p{L})\./gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const format = formatOf(cleaned);
  if (!format) return null;
  // date-fns refuses impossible dates (31 February) instead of rolling them over.
  const date = parse(cleaned, format, REFERENCE);
  return isValid(date) ? toIso(date) : null;
}

/**
 * Parses a stated range ("February 2 - February 6, 2026", "2–6 February 2026") into ISO start
 * and end. The left side borrows the year (and month) the right side states; a range across
 * New Year takes the previous year for its start.
 */
export function parseDateRange(written: string): { start: string; end: string } | null {
  const parts = written.split(/\s*(?:[-–—]|\bto\b|\buntil\b)\s*/u);
  if (parts.length !== 2) return null;
  const leftMonth = new RegExp(MONTH, 'i').exec(parts[0])?.[0];
  // "February 2-6, 2026": the right side borrows the month the left side states.
  const right = leftMonth && !/\p{L}/u.test(parts[1]) ? `${leftMonth} ${parts[1]}` : parts[1];
  const end = parseDate(right);
  if (!end) return null;
  const [endYear] = end.split('-');
  const endMonthName = new RegExp(MONTH, 'i').exec(right)?.[0] ?? '';
  const left = /\d{4}/.test(parts[0]) ? parts[0] : /\p{L}/u.test(parts[0]) ? `${parts[0]} ${endYear}` : `${parts[0]} ${endMonthName} ${endYear}`;
  let start = parseDate(left);
  if (start && start > end) start = parseDate(left.replace(endYear, String(Number(endYear) - 1)));
  return start && start <= end ? { start, end } : null;
}

/** ISO week label (`2026-W06`) of an ISO date. */
export function isoWeekOf(isoDate: string): string {
  const date = parse(isoDate, 'yyyy-MM-dd', REFERENCE);
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

function toIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
