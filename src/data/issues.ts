import { getCollection, type CollectionEntry } from 'astro:content';
import type { Issue, Section } from '../schema';
import { renderBlocks } from '../render/to-html';
import { hasHan } from '../pipeline/text/line-shape';

export type IssueEntry = CollectionEntry<'issues'>;

/** Newest first; undated last, by title; ties broken by id so the order is deterministic. */
export function compareIssues(a: Issue, b: Issue): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : b.date.localeCompare(a.date);
  return a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
}

let cache: Promise<IssueEntry[]> | undefined;

/** All issue entries, newest first. Loaded once a build. */
export function getIssueEntries(): Promise<IssueEntry[]> {
  cache ??= getCollection('issues').then((entries) => entries.sort((a, b) => compareIssues(a.data as Issue, b.data as Issue)));
  return cache;
}

/** All issues, newest first. */
export async function getAllIssues(): Promise<Issue[]> {
  return (await getIssueEntries()).map((entry) => entry.data as Issue);
}

const renderedSections = new WeakMap<Section, string>();

/**
 * Sanitised HTML of a section's blocks, rendered when a page first needs it and kept for the
 * build (the issue page and the section's share page both show it). Rendered here rather than
 * stored by the loader: Astro bundles the whole data store into the build, and the HTML made it
 * twice as large (at 10,000 briefings, 84 MB and a peak of 4 GB).
 */
export function sectionHtml(section: Section): string {
  let html = renderedSections.get(section);
  if (html === undefined) {
    html = renderBlocks(section.blocks);
    renderedSections.set(section, html);
  }
  return html;
}

/** Titles and section headings by issue id, for "also covered in" links. */
export function titleIndex(issues: Issue[]): Map<string, { title: string; headings: Map<string, string> }> {
  return new Map(issues.map((issue) => [issue.id, { title: issue.title, headings: new Map(issue.sections.map((s) => [s.id, s.heading ?? 'Introduction'])) }]));
}

/** The issues before and after one in the archive's order (older is "previous"). */
export function neighbours(issues: Issue[], id: string): { newer: Issue | null; older: Issue | null } {
  const index = issues.findIndex((issue) => issue.id === id);
  return { newer: issues[index - 1] ?? null, older: issues[index + 1] ?? null };
}

/** Every takeaway's text with the section it belongs to, for digests. */
export function takeawaysOf(issue: Issue) {
  return issue.takeaways.map((takeaway) => ({
    ...takeaway,
    section: takeaway.sectionId ? issue.sections.find((section) => section.id === takeaway.sectionId) ?? null : null,
  }));
}

/**
 * Whether an issue's reader-visible text has Chinese in it. Such an issue is searched through
 * the Chinese index (its page says so in `data-index-lang`; see src/integrations/search-index.ts).
 */
export function hasChineseText(issue: Issue): boolean {
  return hasHan(issue.title) || hasHan(JSON.stringify(issue.sections)) || hasHan(JSON.stringify(issue.takeaways));
}

/** The choices the search page offers: publishers A–Z, and months (`yyyy-mm`) newest first. */
export function searchChoices(issues: Issue[]): { publishers: string[]; months: string[] } {
  const publishers = [...new Set(issues.flatMap((issue) => (issue.publisher ? [issue.publisher] : [])))].sort();
  const months = [...new Set(issues.flatMap((issue) => (issue.date ? [issue.date.slice(0, 7)] : [])))].sort().reverse();
  return { publishers, months };
}
