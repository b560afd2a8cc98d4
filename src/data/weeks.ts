import type { PublicIssue } from '../schema';

/** An ISO week and its issues. */
export interface Week {
  /** `2026-W06` */
  key: string;
  /** URL slug, `2026-w06`. */
  slug: string;
  /** Monday and Sunday of the week (ISO dates). */
  start: string;
  end: string;
  issues: PublicIssue[];
}

/** Monday of an ISO week key (`2026-W06`), as an ISO date. */
export function mondayOf(key: string): string {
  const [year, week] = key.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Groups issues by ISO week, newest week first; issues without a week are returned apart. */
export function groupByWeek(issues: PublicIssue[]): { weeks: Week[]; undated: PublicIssue[] } {
  const byKey = new Map<string, PublicIssue[]>();
  const undated: PublicIssue[] = [];
  for (const issue of issues) {
    if (!issue.isoWeek) undated.push(issue);
    else if (byKey.has(issue.isoWeek)) byKey.get(issue.isoWeek)!.push(issue);
    else byKey.set(issue.isoWeek, [issue]);
  }
  const weeks = [...byKey.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, list]) => {
      const start = mondayOf(key);
      return { key, slug: key.toLowerCase(), start, end: addDays(start, 6), issues: list };
    });
  return { weeks, undated };
}
