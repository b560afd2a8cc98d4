/** Reading a built site's pages and sitemap, for the privacy and indexing build tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Every HTML page under `dir`, as paths relative to it, sorted. */
export function pageFiles(dir: string, under = dir): string[] {
  return readdirSync(under)
    .flatMap((name) => {
      const path = join(under, name);
      if (statSync(path).isDirectory()) return pageFiles(dir, path);
      return name.endsWith('.html') ? [relative(dir, path)] : [];
    })
    .sort();
}

/** Whether a page's parsed head has `<meta name="robots" content="noindex">`. */
export function robotsNoindex(file: string): boolean {
  let found = false;
  visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node) => {
    if (node.tagName === 'meta' && node.properties.name === 'robots' && String(node.properties.content).includes('noindex')) found = true;
  });
  return found;
}

/** The paths the sitemap lists (every `sitemap-N.xml` the index names). */
export function sitemapPaths(dir: string): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.replace(/^\//, ''));
  return sitemaps.flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
}
