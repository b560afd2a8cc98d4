// @ts-check
import { defineConfig } from 'astro/config';
import { compactDataStore } from './src/integrations/compact-data-store.ts';
import { readSettings } from './src/settings.ts';

const settings = readSettings();

// `SITE_URL` and `BASE_PATH` let the archive be published anywhere, including under a sub-path.
// `npm run build` (src/build/) has Astro render the pages that changed, then writes the sitemap
// and the search index itself: `astro build` alone renders every page, without them.
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
  integrations: [compactDataStore()],
});
