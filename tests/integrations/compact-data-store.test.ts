import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compactDataStore } from '../../src/integrations/compact-data-store';

type Transform = (code: string, id: string) => Promise<{ code: string } | null>;

/** Runs the integration's config hook and returns the Vite plugin it adds (none in dev). */
function pluginFor(command: 'build' | 'dev', cacheDir: string): { transform: Transform } | undefined {
  let added: { transform: Transform } | undefined;
  const setup = compactDataStore().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ command, config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, updateConfig: (config: { vite: { plugins: { transform: Transform }[] } }) => (added = config.vite.plugins[0]) });
  return added;
}

describe('compactDataStore', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'store-'));
  const store = [['Map', 1, 2], 'issues', { title: 'Quotes " and \\ and </script> and 中文' }];
  writeFileSync(join(cacheDir, 'data-store.json'), JSON.stringify(store));

  it('gives the build the data store as one JSON string that evaluates to the same value', async () => {
    const result = await pluginFor('build', cacheDir)!.transform('export default [/* Astro’s literal */]', '\0astro:data-layer-content');
    expect(result!.code).toMatch(/^export default JSON\.parse\(".*"\);$/s);
    const value = new Function(`return ${result!.code.replace(/^export default /, '')}`)();
    expect(value).toEqual(store);
  });

  it('leaves every other module, and the dev server, alone', async () => {
    expect(await pluginFor('build', cacheDir)!.transform('export const x = 1', '/src/pages/index.astro')).toBeNull();
    expect(pluginFor('dev', cacheDir)).toBeUndefined();
  });
});
