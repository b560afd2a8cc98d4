/**
 * Astro integration: after `astro build` writes the pages, Pagefind indexes them and the bundles
 * are made byte-stable, so `astro build` alone always ships a fresh, reproducible search index.
 * Shaped like Starlight's `integrations/pagefind.ts`: every response's errors are checked and
 * the Pagefind service is closed in `finally`.
 *
 * The issue pages are split between two bundles, each page in exactly one:
 * - `pagefind/`: pages without Chinese text, indexed as English (with stemming);
 * - `pagefind-zh/`: pages with Chinese text (Chinese or bilingual briefings), indexed as Chinese
 *   (word segmentation). The search page merges it in (Pagefind's `mergeIndex` with
 *   `language: 'zh'`), so one query searches both and no page comes back twice.
 * Pagefind would otherwise put a `lang="zh"` page in an index the English search page never
 * loads, and index Chinese text inside an English page without segmenting it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { paths } from '../data/paths';
import type { PublicIssue } from '../schema';
import { stabilizePagefind, type Bundle } from './stabilize-pagefind';

type Logger = Pick<AstroIntegrationLogger, 'info' | 'error'>;

/** The folder of the Chinese bundle, beside `pagefind/`; `src/browser/search.ts` merges it. */
export const CJK_BUNDLE = 'pagefind-zh';

/** The integration; `astro.config.mjs` adds it last so every page exists before indexing. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'briefing-archive:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

/** Indexes the HTML in `siteDir` into `siteDir/pagefind/` and `siteDir/pagefind-zh/`. */
export async function buildSearchIndex(siteDir: string, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    const pages = indexedPages(siteDir);
    const chinese = pages.filter((page) => page.language === 'zh');
    const english = pages.filter((page) => page.language !== 'zh');
    await writeIndex(english, 'en', join(siteDir, 'pagefind'), logger);
    rmSync(join(siteDir, CJK_BUNDLE), { recursive: true, force: true });
    if (chinese.length > 0) await writeIndex(chinese, 'zh', join(siteDir, CJK_BUNDLE), logger);
    logger.info(`Pagefind indexed ${english.length} issue pages as English and ${chinese.length} with Chinese text as Chinese in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
  } finally {
    await pagefind.close();
  }
}

interface IndexedPage {
  /** The page's file (read again when added rather than held: 10,000 pages are ~200 MB). */
  file: string;
  /** The URL Pagefind gives it (the JS API adds the site's base). */
  url: string;
  /** The index it belongs in: the issue's `searchLang` (src/publish/search-language.ts). */
  language: string;
}

/**
 * The issue pages (alias redirects and section share pages are not indexed), each with its
 * issue's search language, from the published collection the build wrote (`/issues.json`): the
 * same data the pages were made from, so page and index never disagree.
 */
function indexedPages(siteDir: string): IndexedPage[] {
  const collection = join(siteDir, paths.json());
  if (!existsSync(collection)) return [];
  const { issues } = JSON.parse(readFileSync(collection, 'utf8')) as { issues: Pick<PublicIssue, 'id' | 'searchLang'>[] };
  return [...issues]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((issue) => ({ file: join(siteDir, paths.issue(issue.id), 'index.html'), url: `/${paths.issue(issue.id)}`, language: issue.searchLang }));
}

/** Indexes `pages` as `language` and writes the bundle to `dir`, stable, before touching disk. */
async function writeIndex(pages: IndexedPage[], language: string, dir: string, logger: Logger): Promise<void> {
  const { index } = check(await pagefind.createIndex({ forceLanguage: language }), logger);
  for (const page of pages) check(await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') }), logger);
  const { files } = check(await index.getFiles(), logger);
  const bundle = stabilizePagefind(new Map(files.map((file) => [file.path, file.content])));
  // The search page uses Pagefind's JS API; its ready-made UIs are not shipped.
  for (const path of bundle.keys()) if (/^pagefind-(component-ui|modular-ui|ui)\.(js|css)$/.test(path)) bundle.delete(path);
  writeBundle(dir, bundle);
}

function check<T extends { errors: string[] }>(response: T, logger: Pick<AstroIntegrationLogger, 'error'>): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Pagefind could not build the search index (errors above).');
  }
  return response as Required<T>;
}

function writeBundle(dir: string, bundle: Bundle): void {
  rmSync(dir, { recursive: true, force: true });
  for (const path of [...bundle.keys()].sort()) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bundle.get(path)!);
  }
}
