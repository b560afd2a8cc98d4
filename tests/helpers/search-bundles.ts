/** The search bundles of a built site, for comparing two indexes of it byte for byte. */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSearchIndex } from '../../src/search/build-search-index';
import { projectTempDir } from './site';

/** Every file of the site's search bundles (`pagefind/`, `pagefind-zh/`), path → base64. */
export function searchBundles(site: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['pagefind', 'pagefind-zh']) {
    const dir = join(site, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      const path = join(dir, name);
      if (statSync(path).isFile()) files[relative(site, path)] = readFileSync(path).toString('base64');
    }
  }
  return files;
}

/** The bundles a cold index of `site` as it is now gives: a copy, its bundles deleted, indexed with no state. */
export async function coldSearchBundles(site: string): Promise<Record<string, string>> {
  const copy = projectTempDir('search-cold-');
  cpSync(site, copy, { recursive: true });
  for (const folder of ['pagefind', 'pagefind-zh']) rmSync(join(copy, folder), { recursive: true, force: true });
  await buildSearchIndex(copy, { info: () => undefined }, { stateDir: projectTempDir('search-state-') });
  return searchBundles(copy);
}
