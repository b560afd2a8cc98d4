import { asciiSlug } from '../pipeline/text/ids';
import type { PublicIssue } from '../schema';

/** Issues under one heading of the archive (a month, a year, a publisher), newest first. */
export interface Shelf {
  /** URL segment: `2026-02`, `2026`, or a publisher's slug. */
  key: string;
  /** What readers see: "February 2026", "2026", "Kreab". */
  label: string;
  issues: PublicIssue[];
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Dated issues by month (`yyyy-mm`), newest month first; issues keep the archive's order. */
export function byMonth(issues: PublicIssue[]): Shelf[] {
  return shelves(issues, (issue) => (issue.date ? [issue.date.slice(0, 7)] : []), (key) => MONTH.format(new Date(`${key}-01T00:00:00Z`))).sort((a, b) => b.key.localeCompare(a.key));
}

/** Dated issues by year, newest first. */
export function byYear(issues: PublicIssue[]): Shelf[] {
  return shelves(issues, (issue) => (issue.date ? [issue.date.slice(0, 4)] : []), (key) => key).sort((a, b) => b.key.localeCompare(a.key));
}

/**
 * Issues by who publishes them: the publisher, and the series when it is not the publisher's
 * name (a series gets a shelf of its own). A–Z by label.
 */
export function byPublisher(issues: PublicIssue[]): Shelf[] {
  const names = (issue: PublicIssue) => [...new Set([issue.publisher, issue.series].filter((name): name is string => !!name))];
  const labels = new Map<string, string>();
  for (const issue of issues) for (const name of names(issue)) labels.set(publisherSlug(name), name);
  return shelves(issues, (issue) => names(issue).map(publisherSlug), (key) => labels.get(key)!).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** The URL slug of a publisher or series name (a Chinese-only name gets a readable fallback). */
export function publisherSlug(name: string): string {
  return asciiSlug(name) || `publisher-${[...name].map((c) => c.codePointAt(0)!.toString(16)).join('').slice(0, 16)}`;
}

/** Issues with no date: the text, a sidecar and the file name state none. */
export function undatedIssues(issues: PublicIssue[]): PublicIssue[] {
  return issues.filter((issue) => issue.date === null);
}

function shelves(issues: PublicIssue[], keysOf: (issue: PublicIssue) => string[], labelOf: (key: string) => string): Shelf[] {
  const byKey = new Map<string, PublicIssue[]>();
  for (const issue of issues) {
    for (const key of keysOf(issue)) {
      const shelf = byKey.get(key);
      if (shelf) shelf.push(issue);
      else byKey.set(key, [issue]);
    }
  }
  return [...byKey.entries()].map(([key, list]) => ({ key, label: labelOf(key), issues: list }));
}
