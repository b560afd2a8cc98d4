/** Dates as the site writes them, in one place (pages, components and the search script). */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "6 February 2026" for `2026-02-06`. */
export function formatDay(iso: string): string {
  return DAY.format(new Date(`${iso}T00:00:00Z`));
}

/** "February 2026" for `2026-02`. */
export function formatMonth(yearMonth: string): string {
  return MONTH.format(new Date(`${yearMonth}-01T00:00:00Z`));
}
