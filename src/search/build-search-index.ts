/**
 * The search index, incrementally: adding one briefing to 10,000 re-indexes one shard of ~550
 * pages, not the archive. Runs after the site's pages are written, by the build
 * (src/build/build-site.ts, after Astro has exited) or any Node script.
 *
 * 1. Issue pages (from `/issues.json`) go to shards by a pure function of their id
 *    (shard-plan.ts: SHA-1 of the id mod 16), English and Chinese apart.
 * 2. A shard's digest covers what Pagefind reads of its pages (indexed-content.ts: URL and
 *    `<article data-pagefind-body>`, not the prev/next pager), its language and the index
 *    format; a shard whose digest matches its pack in `stateDir` is not indexed again.
 * 3. Changed shards are indexed by Pagefind on two lanes (shard-lanes.ts).
 * 4. Each language's shards are merged into ONE Pagefind bundle (merge-shards.ts), written to
 *    `pagefind/` (English) and `pagefind-zh/` (Chinese, merged in by the search page). The
 *    bundle is what Pagefind writes for all the pages at once, so whether a build was
 *    incremental or cold, the site's bytes are the same.
 *
 * Why merge at build time rather than ship the shards and `mergeIndex` them in the browser:
 * at 10,000 briefings (8,696 issue pages) a first search fetches each index's entry, meta and
 * one index chunk per query word, and Pagefind fills a chunk to 20,000 locations whatever the
 * index's size. For "growth", the 16 shards' chunks are 364 kB (23 kB each) and their metas
 * 89 kB, against 37 kB and 78 kB for one index: a first search of ~615 kB instead of 275 kB,
 * and 2 shards would already pass the 300 kB budget. Each shard would also score by its own
 * word statistics, so ranking would change, and a filter fetches each shard's file. (The
 * wasm is not the problem: Pagefind 1.5.2 gives a merged index the primary's wasm,
 * `load_wasm: false`, checked in Chromium: one `wasm.en.pagefind` for both bundles.) Merged
 * at build time, the site ships exactly one index per language, as before.
 *
 * Timings at 10,000 briefings on 2 cores (bench/search-index.ts, load ~4): the old single
 * index, one awaited `addHTMLFile` a page, took 21–22 s (8.7 s adding, 9 s Pagefind's build).
 * Measured alternatives: `addDirectory` on the pages (hard-linked into a folder) added in 5.8 s
 * but built in 15 s; a window of 64 calls in flight added in 7.0 s; two indexes fed to one
 * Pagefind service at once took 30 s (the service does one at a time), so the second lane is
 * a second process. Now: cold 12–13 s (read 0.8, index 9.5 on two lanes, merge 1.3–2.3, write
 * 0.2); nothing changed 2.1 s; one briefing added 3.2–4.0 s (one shard, 1.0 s).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { paths } from '../data/paths';
import { stabilizePagefind } from './stabilize-pagefind';
import { pagefindBody, shardDigest, sortValues } from './indexed-content';
import { mergeShards, type ShardBundle } from './merge-shards';
import { indexShard } from './pagefind-shard';
import { indexShards } from './shard-lanes';
import { planShards, SHARD_COUNT, type IndexedIssue, type Shard } from './shard-plan';
import { pruneShards, readShard, writeShard } from './shard-store';
import { writeBundle } from './write-bundle';

export interface SearchIndexLogger {
  info(message: string): void;
  warn?(message: string): void;
}

export interface SearchIndexOptions {
  /** Where the shards are kept between builds: outside the site, one folder per site. */
  stateDir: string;
}

/** What a run did, for the log and the tests. */
export interface SearchIndexReport {
  pages: Record<string, number>;
  shards: number;
  /** Keys of the shards Pagefind indexed this run (the rest came from `stateDir`). */
  rebuilt: string[];
  seconds: number;
  /** Seconds spent reading the pages (and digesting them), indexing shards, merging them, and writing the bundles. */
  stages: { read: number; index: number; merge: number; write: number };
}

/** The Chinese bundle's folder, beside `pagefind/`; src/pages/search.astro merges it in. */
export const CJK_BUNDLE = 'pagefind-zh';
const BUNDLES: Record<string, string> = { en: 'pagefind', zh: CJK_BUNDLE };

/**
 * Part of every shard digest: a change to the shard scheme, the merge or Pagefind makes every
 * pack stale. Raise `FORMAT` when the indexing changes in a way the digest cannot see.
 */
const FORMAT = 1;
const scheme = () => `format ${FORMAT}; ${SHARD_COUNT} shards; pagefind ${pagefindVersion()}`;

/** Indexes the issue pages in `siteDir` into `siteDir/pagefind/` and `siteDir/pagefind-zh/`. */
export async function buildSearchIndex(siteDir: string, logger: SearchIndexLogger, { stateDir }: SearchIndexOptions): Promise<SearchIndexReport> {
  const started = performance.now();
  const stages = { read: 0, index: 0, merge: 0, write: 0 };
  let lap = started;
  const time = (stage: keyof typeof stages) => {
    const now = performance.now();
    stages[stage] += (now - lap) / 1000;
    lap = now;
  };
  const shards = planShards(readIssues(siteDir));
  const version = scheme();
  const ready = new Map<string, ShardBundle>();
  const stale: { shard: Shard; digest: string; sortValues: Record<string, string>[] }[] = [];
  for (const shard of shards) {
    const bodies = shard.pages.map((page) => pagefindBody(readFileSync(join(siteDir, page.file), 'utf8'), page.file));
    const digest = shardDigest(version, shard.language, shard.pages.map((page, i) => ({ url: page.url, body: bodies[i] })));
    const kept = readShard(stateDir, shard.key, digest);
    if (kept) ready.set(shard.key, kept);
    else stale.push({ shard, digest, sortValues: bodies.map((body, i) => sortValues(body, shard.pages[i].file)) });
  }
  time('read');
  try {
    const built = await indexShards(stale.map(({ shard }) => ({ key: shard.key, siteDir, language: shard.language, pages: shard.pages })), (message) => logger.warn?.(message));
    for (const { shard, digest, sortValues } of stale) {
      const bundle: ShardBundle = { key: shard.key, bundle: built.get(shard.key)!, sortValues };
      writeShard(stateDir, digest, bundle);
      ready.set(shard.key, bundle);
    }
    pruneShards(stateDir, new Set(shards.map((shard) => shard.key)));
    time('index');

    const pages: Record<string, number> = {};
    for (const [language, folder] of Object.entries(BUNDLES)) {
      const own = shards.filter((shard) => shard.language === language).map((shard) => ready.get(shard.key)!);
      pages[language] = own.reduce((sum, shard) => sum + shard.sortValues.length, 0);
      // The search page always loads the English bundle; an archive without English pages gets an empty one.
      if (own.length === 0 && language !== 'en') {
        rmSync(join(siteDir, folder), { recursive: true, force: true });
        continue;
      }
      const bundle = own.length > 0 ? await mergeShards(language, own) : stabilizePagefind(await indexShard(siteDir, language, [], `${language} (empty)`));
      time('merge');
      writeBundle(join(siteDir, folder), bundle);
      time('write');
    }
    const seconds = (performance.now() - started) / 1000;
    const spent = Object.entries(stages).map(([stage, s]) => `${stage} ${s.toFixed(2)}`).join(', ');
    logger.info(`Search index: ${pages.en} issue pages as English and ${pages.zh} with Chinese text as Chinese, in ${shards.length} shards of which ${stale.length} re-indexed by Pagefind (the rest unchanged since the last build), in ${seconds.toFixed(2)} s (${spent} s).`);
    return { pages, shards: shards.length, rebuilt: stale.map(({ shard }) => shard.key), seconds, stages };
  } finally {
    await pagefind.close();
  }
}

/**
 * The issue pages (alias redirects and section share pages are not indexed), each with its
 * search language, from the published collection the build wrote (`/issues.json`): the same
 * data the pages were made from, so page and index never disagree.
 */
function readIssues(siteDir: string): IndexedIssue[] {
  const collection = join(siteDir, paths.json());
  if (!existsSync(collection)) return [];
  return (JSON.parse(readFileSync(collection, 'utf8')) as { issues: IndexedIssue[] }).issues;
}

function pagefindVersion(): string {
  const url = new URL('../../node_modules/pagefind/package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
