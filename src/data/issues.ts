import { getCollection } from 'astro:content';
import type { Issue, PublicIssue, Section } from '../schema';
import { publicIssues } from '../publish/public-issue';
import { renderBlocks } from '../render/to-html';

/** An issue as the site publishes it, under its collection id. */
export interface IssueEntry {
  /** The issue's id (the page's URL segment). */
  id: string;
  /** The published issue: see src/publish/public-issue.ts. */
  data: PublicIssue;
}

/** Newest first; undated last, by title; ties broken by id so the order is deterministic. */
export function compareIssues(a: Pick<Issue, 'date' | 'title' | 'id'>, b: Pick<Issue, 'date' | 'title' | 'id'>): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : b.date.localeCompare(a.date);
  return a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
}

let cache: Promise<IssueEntry[]> | undefined;

/**
 * All issue entries as published, newest first. Loaded once a build. Every page, feed and JSON
 * file reads issues from here, and here each goes through `publicIssues`: the text of removed
 * lines and personal data never reach a published output.
 */
export function getIssueEntries(): Promise<IssueEntry[]> {
  cache ??= getCollection('issues').then((entries) =>
    publicIssues(entries.map((entry) => entry.data))
      .map((issue) => ({ id: issue.id, data: issue }))
      .sort((a, b) => compareIssues(a.data, b.data)),
  );
  return cache;
}

/** All issues as published, newest first. */
export async function getAllIssues(): Promise<PublicIssue[]> {
  return (await getIssueEntries()).map((entry) => entry.data);
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
export function titleIndex(issues: PublicIssue[]): Map<string, { title: string; headings: Map<string, string> }> {
  return new Map(issues.map((issue) => [issue.id, { title: issue.title, headings: new Map(issue.sections.map((s) => [s.id, s.heading ?? 'Introduction'])) }]));
}

/** The issues before and after one in the archive's order (older is "previous"). */
export function neighbours(issues: PublicIssue[], id: string): { newer: PublicIssue | null; older: PublicIssue | null } {
  const index = issues.findIndex((issue) => issue.id === id);
  return { newer: issues[index - 1] ?? null, older: issues[index + 1] ?? null };
}

/** Every takeaway's text with the section it belongs to, for digests. */
export function takeawaysOf(issue: PublicIssue) {
  return issue.takeaways.map((takeaway) => ({
    ...takeaway,
    section: takeaway.sectionId ? issue.sections.find((section) => section.id === takeaway.sectionId) ?? null : null,
  }));
}

/** The choices the search page offers: publishers A–Z, and months (`yyyy-mm`) newest first. */
export function searchChoices(issues: PublicIssue[]): { publishers: string[]; months: string[] } {
  const publishers = [...new Set(issues.flatMap((issue) => (issue.publisher ? [issue.publisher] : [])))].sort();
  const months = [...new Set(issues.flatMap((issue) => (issue.date ? [issue.date.slice(0, 7)] : [])))].sort().reverse();
  return { publishers, months };
}
