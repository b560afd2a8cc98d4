/**
 * Astro integration: after `astro build` writes the pages, the search index is brought up to
 * date (src/search/build-search-index.ts: only the shards whose pages changed are indexed
 * again), so `astro build` alone always ships a fresh, reproducible search index.
 *
 * The issue pages are split between two bundles, each page in exactly one:
 * - `pagefind/`: pages without Chinese text, indexed as English (with stemming);
 * - `pagefind-zh/`: pages with Chinese text (Chinese or bilingual briefings), indexed as Chinese
 *   (word segmentation). The search page merges it in (Pagefind's `mergeIndex` with
 *   `language: 'zh'`), so one query searches both and no page comes back twice.
 * Pagefind would otherwise put a `lang="zh"` page in an index the English search page never
 * loads, and index Chinese text inside an English page without segmenting it.
 */
import type { AstroIntegration } from 'astro';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/build-search-index';

export { CJK_BUNDLE } from '../search/build-search-index';

/** The integration; `astro.config.mjs` adds it last so every page exists before indexing. */
export function searchIndex(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'briefing-archive:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        await buildSearchIndex(siteDir, logger, { stateDir: searchStateDir(fileURLToPath(cacheDir!), siteDir) });
      },
    },
  };
}

/**
 * Where a site's index shards are kept between builds: in Astro's cache folder (never
 * published; node_modules/.astro unless ASTRO_CACHE_DIR says otherwise), one folder per output
 * folder, so two sites built from one project do not undo each other's state.
 */
export function searchStateDir(cacheDir: string, siteDir: string): string {
  return join(cacheDir, 'search-index', Buffer.from(resolve(siteDir)).toString('base64url'));
}
