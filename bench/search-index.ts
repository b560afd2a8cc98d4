/**
 * Times the search index on an already built site, as the build runs it:
 *
 *   npx tsx bench/search-index.ts <dist> [--first-search]
 *
 * 1. cold: a fresh state folder, every shard indexed;
 * 2. unchanged: nothing to index, the shards merged and written again;
 * 3. one added: the site as if one issue had been added since the last build (the index is
 *    first made without it, then with it);
 * and checks that the one-added bundle is byte-identical to the cold one. With
 * `--first-search`, also the bytes a first search downloads (bench/first-search.ts).
 * The site's own issue list is restored afterwards; the state goes to a temporary folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/search/build-search-index';
import { firstSearchKb } from './first-search';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'first-search': { type: 'boolean', default: false } } });
const dist = positionals[0];
if (!dist) throw new Error('usage: npx tsx bench/search-index.ts <dist> [--first-search]');
const issuesFile = join(dist, 'issues.json');
const original = readFileSync(issuesFile, 'utf8');
const log = { info: (message: string) => process.stderr.write(`  ${message}\n`) };

/** Every file of the site's search bundles, as path → bytes, for comparing two runs. */
function bundles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of ['pagefind', 'pagefind-zh']) {
    let names: string[];
    try {
      names = readdirSync(join(dist, folder), { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dist, folder, name);
      if (statSync(path).isFile()) files.set(relative(dist, path), readFileSync(path).toString('base64'));
    }
  }
  return files;
}

const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([path, bytes]) => b.get(path) === bytes);

async function main() {
  const stateDir = mkdtempSync(join(tmpdir(), 'search-index-bench-'));
  try {
    const cold = await buildSearchIndex(dist, log, { stateDir });
    const coldFiles = bundles();
    const unchanged = await buildSearchIndex(dist, log, { stateDir });
    const collection = JSON.parse(original) as { issues: { id: string }[] };
    const added = collection.issues[Math.floor(collection.issues.length / 2)];
    writeFileSync(issuesFile, JSON.stringify({ ...collection, issues: collection.issues.filter((issue) => issue !== added) }));
    await buildSearchIndex(dist, log, { stateDir });
    writeFileSync(issuesFile, original);
    const oneAdded = await buildSearchIndex(dist, log, { stateDir });
    const report = {
      pages: cold.pages,
      shards: cold.shards,
      coldSeconds: round(cold.seconds),
      unchangedSeconds: round(unchanged.seconds),
      oneAddedSeconds: round(oneAdded.seconds),
      oneAddedShardsRebuilt: oneAdded.rebuilt.length,
      stages: { cold: cold.stages, unchanged: unchanged.stages, oneAdded: oneAdded.stages },
      oneAddedIdenticalToCold: same(coldFiles, bundles()),
      firstSearchKb: values['first-search'] ? { growth: await firstSearchKb(dist, 'growth'), semiconductor: await firstSearchKb(dist, 'semiconductor') } : undefined,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    writeFileSync(issuesFile, original);
    rmSync(stateDir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
