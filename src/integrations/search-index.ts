/**
 * Astro integration: after `astro build` writes the pages, Pagefind indexes them and the bundle
 * is made byte-stable, so `astro build` alone always ships a fresh, reproducible search index.
 * Shaped like Starlight's `integrations/pagefind.ts`: every response's errors are checked and
 * the Pagefind service is closed in `finally`.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { stabilizePagefind, type Bundle } from './stabilize-pagefind';

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

/** Indexes the HTML in `siteDir` into `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string, logger: Pick<AstroIntegrationLogger, 'info' | 'error'>): Promise<void> {
  const started = performance.now();
  try {
    const { index } = check(await pagefind.createIndex(), logger);
    const { page_count } = check(await index.addDirectory({ path: siteDir }), logger);
    // Taken in memory and written here: the bundle is made stable before it touches disk.
    const { files } = check(await index.getFiles(), logger);
    const bundle = stabilizePagefind(new Map(files.map((file) => [file.path, file.content])));
    writeBundle(join(siteDir, 'pagefind'), bundle);
    logger.info(`Pagefind indexed ${page_count} pages in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
  } finally {
    await pagefind.close();
  }
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
