/**
 * `SITE_INDEXING=on`: search engines may index the archive. robots.txt allows everything and
 * names the sitemap; pages carry no `noindex`, except those that are never for search engines
 * (an alias's redirect, the 404 page); the sitemap still leaves out redirect and share pages.
 * The default (off) is tested on the build in privacy.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../helpers/pipeline';
import { buildSite } from '../helpers/site';
import { pageFiles, robotsNoindex, sitemapPaths } from './published-pages';

let outDir: string;

beforeAll(() => {
  // The merged Outlook copy's id becomes a redirect: the corpus has one of each page type.
  outDir = buildSite(join(FIXTURES_DIR, 'private-mail', 'input'), { SITE_INDEXING: 'on' });
});

describe('SITE_INDEXING=on', () => {
  it('allows crawlers and names the sitemap in robots.txt', () => {
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://briefings.example.org/sitemap-index.xml\n');
  });

  it('marks only the redirects (the merged-away copy and its sections) and the 404 page noindex', () => {
    const noindex = pageFiles(outDir).filter((page) => robotsNoindex(join(outDir, page)));
    expect(noindex[0]).toBe('404.html');
    // Every other noindex page is a redirect (the merged-away copy's id, and its sections).
    const redirects = noindex.slice(1);
    expect(redirects.length).toBeGreaterThan(0);
    for (const page of redirects) expect(readFileSync(join(outDir, page), 'utf8')).toMatch(/<meta http-equiv="refresh"/);
    // And every redirect page is noindex.
    const all = pageFiles(outDir).filter((page) => /<meta http-equiv="refresh"/.test(readFileSync(join(outDir, page), 'utf8')));
    expect(all).toEqual(redirects);
  });

  it('lists the home, week, search and issue pages in the sitemap, and no redirect or share page', () => {
    const paths = sitemapPaths(outDir);
    expect(paths).toContain('/');
    expect(paths).toContain('/search/');
    expect(paths.some((path) => path.startsWith('/weeks/'))).toBe(true);
    const issuePaths = paths.filter((path) => path.startsWith('/issues/'));
    expect(issuePaths).toHaveLength(2);
    for (const path of issuePaths) expect(path).toMatch(/^\/issues\/[^/]+\/$/);
    expect(paths).not.toContain('/issues/2026-03-09-harbour-brief-b830f3/');
  });
});
