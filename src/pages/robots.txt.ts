import type { APIContext } from 'astro';
import { SETTINGS } from '../data/site-settings';

/**
 * robots.txt by the site's indexing setting (`SITE_INDEXING`, src/settings.ts): off, crawlers are asked to
 * stay out and the sitemap is not announced; on, everything may be crawled and the sitemap is
 * named.
 */
export function GET(context: APIContext) {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, context.site);
  const body = SETTINGS.indexing ? `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n` : 'User-agent: *\nDisallow: /\n';
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
