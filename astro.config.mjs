// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { compactDataStore } from './src/integrations/compact-data-store.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapPages } from './src/publish/sitemap-pages.ts';
import { readSettings } from './src/settings.ts';

const settings = readSettings();
// Share pages and alias redirects are for people, not crawlers' sitemaps (in both indexing settings).
const sitemapFilter = sitemapPages();

// `SITE_URL` and `BASE_PATH` let the archive be published anywhere, including under a sub-path.
export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  // `ASTRO_CACHE_DIR` gives a build its own content-layer store (the tests build many sites).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory' },
  // No runtime requests leave the site; nothing to prefetch from elsewhere.
  prefetch: false,
  // Every script stays an external file: the pages' Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    compactDataStore(),
    // Before the sitemap: it finds the redirect pages the sitemap's filter leaves out.
    sitemapFilter.integration,
    sitemap({ filter: sitemapFilter.filter }),
    // Last, so it indexes every page the build wrote.
    searchIndex(),
  ],
});
