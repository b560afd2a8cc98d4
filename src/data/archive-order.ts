import type { Issue } from '../schema';

/** Newest first; undated last, by title; ties broken by id so the order is deterministic. */
export function compareIssues(a: Pick<Issue, 'date' | 'title' | 'id'>, b: Pick<Issue, 'date' | 'title' | 'id'>): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : b.date.localeCompare(a.date);
  return a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
}
