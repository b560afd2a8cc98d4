import { getCollection } from 'astro:content';
import type { PublicIssue, Section } from '../schema';
import { publicIssues } from '../publish/public-issue';
import { renderBlocks } from '../render/to-html';
import { compareIssues } from './archive-order';
import { planPages, type RouteName, type RoutePages } from './page-plan';
import { preparedDir, readPreparedIssues, readRenderList } from './prepared';

export { compareIssues };

/** An issue as the site publishes it, under its collection id. */
export interface IssueEntry {
  /** The issue's id (the page's URL segment). */
  id: string;
  /** The published issue: see src/publish/public-issue.ts. */
  data: PublicIssue;
}

let cache: Promise<IssueEntry[]> | undefined;

/**
 * All issue entries as published, newest first. Loaded once a build: from what `npm run build`
 * prepared (src/data/prepared.ts), else from the content collection. Every page, feed and JSON
 * file reads issues from here, and each has been through `publicIssues`: the text of removed
 * lines and personal data never reach a published output.
 */
export function getIssueEntries(): Promise<IssueEntry[]> {
  const prepared = preparedDir();
  cache ??= prepared
    ? Promise.resolve(readPreparedIssues(prepared).map((issue) => ({ id: issue.id, data: issue })))
    : getCollection('issues').then((entries) =>
        publicIssues(entries.map((entry) => entry.data))
          .map((issue) => ({ id: issue.id, data: issue }))
          .sort((a, b) => compareIssues(a.data, b.data)),
      );
  return cache;
}

let plan: Promise<RoutePages> | undefined;
let wanted: Set<string> | null | undefined;

/**
 * A route's getStaticPaths: its pages from the page plan, only those the build asked for
 * (every page when the build did not prepare a list: the dev server).
 */
export async function staticPaths<R extends RouteName>(route: R): Promise<{ params: Record<string, string>; props: RoutePages[R][number]['props'] }[]> {
  plan ??= getAllIssues().then(planPages);
  // Read once a process: every route asks.
  if (wanted === undefined) wanted = readRenderList();
  return (await plan)[route].filter((page) => !wanted || wanted.has(page.file)).map(({ params, props }) => ({ params, props }));
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
