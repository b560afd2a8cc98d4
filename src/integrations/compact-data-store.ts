import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** The id Astro 5 resolves `astro:data-layer-content` (the content layer's data store) to. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Hands the build the content layer's data store as one JSON string instead of a JavaScript
 * object literal (replacing the module Astro's own plugin loads, which comes first). Astro 5 turns `data-store.json` into a module with `dataToEsm`: at 10,000
 * briefings that is a 48 MB literal of millions of values, which Rollup holds as a syntax tree
 * of over 2 GB during "Building static entrypoints". A string literal parses in one token, and
 * `JSON.parse` gives Astro the very same value (it reads only the default export). Build only:
 * the dev server keeps Astro's own module, which it reloads when the store changes.
 */
export function compactDataStore(): AstroIntegration {
  return {
    name: 'briefing-archive:compact-data-store',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = new URL('data-store.json', config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'briefing-archive:compact-data-store',
                enforce: 'pre',
                // After Astro's own plugin has loaded the module, before Rollup parses it.
                async transform(_code: string, id: string) {
                  if (id !== DATA_STORE_MODULE) return null;
                  const json = await readFile(storeFile, 'utf8').catch(() => null);
                  // No store yet: keep Astro's module (an empty Map).
                  return json === null ? null : { code: `export default JSON.parse(${JSON.stringify(json)});`, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
