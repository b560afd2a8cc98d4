/**
 * Which pages the sitemap lists: the pages a search engine should find on their own. A
 * section's share page (`/issues/<id>/<section>/`) repeats its issue's text for link previews,
 * and a merged-away copy's id (`/issues/<alias>/`) only redirects to its issue; neither belongs
 * in the sitemap, whatever the indexing setting.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** A section's share page, by its path below the site's base. */
const SHARE_PAGE = /^issues\/[^/]+\/[^/]+\/$/;
/** An issue-level path: an issue's page or an alias redirecting to one. */
const ISSUE_PAGE = /^issues\/[^/]+\/$/;
/** The redirect an alias page carries (src/pages/issues/[id]/index.astro). */
const REDIRECT = /<meta\b[^>]*\bhttp-equiv="refresh"/i;

/** Whether a built page redirects, read from its head (it is all the test needs). */
function redirects(file: URL): boolean {
  const html = readFileSync(file, 'utf8');
  const headEnd = html.indexOf('</head>');
  return REDIRECT.test(headEnd === -1 ? html : html.slice(0, headEnd));
}

/**
 * An integration that finds the redirect pages once the build has written them, and the
 * `filter` for @astrojs/sitemap that leaves them and the share pages out. The integration must
 * come before the sitemap's in `integrations`: Astro runs `astro:build:done` hooks in order.
 */
export function sitemapPages(): { integration: AstroIntegration; filter: (page: string) => boolean } {
  let base = '/';
  let redirectPaths: Set<string> | null = null;
  const integration: AstroIntegration = {
    name: 'briefing-archive:sitemap-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, pages }) => {
        redirectPaths = new Set(pages.map((page) => page.pathname).filter((path) => ISSUE_PAGE.test(path) && redirects(new URL(`${path}index.html`, dir))));
      },
    },
  };
  const filter = (page: string): boolean => {
    if (redirectPaths === null) throw new Error('sitemapPages(): its integration must run before @astrojs/sitemap (list it first in astro.config.mjs).');
    const pathname = new URL(page).pathname;
    const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
    return !SHARE_PAGE.test(path) && !redirectPaths.has(path);
  };
  return { integration, filter };
}
