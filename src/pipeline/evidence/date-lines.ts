/**
 * What a short line says about dates, in four strengths. Each stage asks the one its question
 * needs; they differ on purpose (what the line may carry beside the date, and how sure the date
 * must be), so they live side by side here with the differences written down:
 * - `isDateAlone`: nothing but a date or time ("Nov 19, 2024", "2024年12月22日", "Updated
 *   10:05 GMT"). Never a heading; the line under it is a byline's place.
 * - `mentionsDate`: a short line (≤ 10 words) with a year or a numeric date in it. Above the body
 *   such a line is the header's to read, whatever else it carries ("Nov 19, 2024 · 4 min read").
 * - `statesFullDate`: a line of ≤ 80 characters that states a full date (day, month and year, read
 *   by `findDates`); a year alone ("No. 1 Document 2025: …") is not one.
 * - `isDateLine`: a full date with at most four words beside it ("Beijing, 6 February 2026",
 *   "Thursday, 14 March 2024"): it closes a title block.
 */
import { memoisedPerFile } from '../text/file-memo';
import { findDates } from '../text/dates';
import { wordCount } from '../text/line-shape';

/** Month and day names, zones and the words a time stamp opens with: all a date-alone line may hold besides digits. */
const MONTH_OR_DAY = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|at|et|gmt|utc|cst|bst|am|pm|updated|published|posted)\b\.?/giu;
/** A year, a numeric date, or a number before 年/月/日: the cheap sign of a date. */
const HAS_DATE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d\s*[年月日]/u;
/** A line only a date is this short at most. */
const MAX_DATE_ALONE_CHARS = 40;
/** A line this short that mentions a date may be the header's dateline. */
const MAX_MENTIONING_WORDS = 10;
/** A dated line this long at most is a dateline or byline, in any script (Chinese lines have no words to count): "Nov 19, 2024 · 6:05 AM GMT+8 · 5 min read". */
export const MAX_DATED_CHARS = 80;
/** Words a date line may hold beside its date (a place, a weekday, "Published"). */
const MAX_WORDS_BESIDE_DATE = 4;

/** Short line that only states a date or time. */
export function isDateAlone(text: string): boolean {
  if (text.length > MAX_DATE_ALONE_CHARS || !/\d/u.test(text)) return false;
  return !/\p{L}/u.test(text.replace(MONTH_OR_DAY, '').replace(/[年月日时分]/gu, ''));
}

/** Whether a short line (`words`: its word count) has a year or numeric date in it. */
export function mentionsDate(text: string, words: number): boolean {
  return words <= MAX_MENTIONING_WORDS && HAS_DATE.test(text);
}

/** Whether a short line states a full date (day, month and year). */
export function statesFullDate(text: string): boolean {
  return text.length <= MAX_DATED_CHARS && HAS_DATE.test(text) && findDates(text).length > 0;
}

/** A short line that is mostly a full date; remembered per file (title scoring asks it of every line above each candidate). */
export const isDateLine = memoisedPerFile((text: string): boolean => {
  if (text.length > MAX_DATED_CHARS) return false;
  const dates = findDates(text);
  return dates.length > 0 && wordCount(text.replace(dates[0].text, ' ')) <= MAX_WORDS_BESIDE_DATE;
});
