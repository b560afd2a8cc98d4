/**
 * The sitemap, from the page plan: the pages a search engine should find on their own. A
 * section's share page repeats its issue's text for link previews, and a former id only
 * redirects; neither is listed, whatever the indexing setting. Written by the build (not by
 * @astrojs/sitemap, which sees only the pages Astro rendered this time).
 */
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { RoutePages } from '../data/page-plan';

/** The sitemap protocol allows 50,000 addresses a file. */
const PER_FILE = 45_000;
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The addresses the sitemap lists, as paths below the site's base, sorted. */
export function sitemapPaths(plan: RoutePages): string[] {
  const listed = [
    ...plan.archive.filter((page) => page.file.endsWith('index.html')),
    ...plan.issue.filter((page) => page.props.kind === 'issue'),
    ...plan.week,
    ...plan.month,
    ...plan.year,
    ...plan.publisher,
  ];
  return listed.map((page) => page.file.replace(/index\.html$/, '')).sort();
}

/** The sitemap files by name: `sitemap-index.xml` and `sitemap-0.xml`, `sitemap-1.xml`… */
export function sitemapFiles(paths: string[], siteUrl: string, basePath: string): Map<string, string> {
  const base = new URL(basePath.endsWith('/') ? basePath : `${basePath}/`, siteUrl);
  const address = (path: string) => new URL(path, base).href;
  const files = new Map<string, string>();
  for (let i = 0; i * PER_FILE < Math.max(paths.length, 1); i++) {
    const urls = paths.slice(i * PER_FILE, (i + 1) * PER_FILE).map((path) => x('url', [x('loc', address(path))]));
    files.set(`sitemap-${i}.xml`, DECLARATION + toXml(x('urlset', { xmlns: NS }, urls)));
  }
  const index = [...files.keys()].map((name) => x('sitemap', [x('loc', address(name))]));
  files.set('sitemap-index.xml', DECLARATION + toXml(x('sitemapindex', { xmlns: NS }, index)));
  return files;
}
