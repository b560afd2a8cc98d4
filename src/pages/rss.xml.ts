import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getAllIssues } from '../data/issues';
import { issueSummary, summaryText } from '../data/summary';
import { urls } from '../data/urls';
import { SITE } from '../settings';

/** The newest dated issues as RSS; undated ones have no place in a dated feed. */
export async function GET(context: APIContext) {
  const issues = (await getAllIssues()).filter((issue) => issue.date !== null).slice(0, 50);
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: context.site!,
    items: issues.map((issue) => ({
      title: issue.title,
      link: urls.issue(issue.id),
      pubDate: new Date(`${issue.date}T00:00:00Z`),
      description: summaryText(issueSummary(issue)),
      categories: issue.tags,
    })),
  });
}
