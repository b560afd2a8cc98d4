/**
 * Which index shard each issue page belongs to: a pure function of the issue's id and search
 * language, so an incremental build and a cold one put every page in the same shard, in the
 * same order, and merge the shards into the same bundle.
 *
 * The shard is the first 32 bits of SHA-1 of the id, modulo SHARD_COUNT: ids spread evenly,
 * adding or removing a briefing touches exactly one shard, and a page never moves between
 * shards (dates, titles and neighbours do not enter into it). Sixteen shards per language keep a
 * shard at ~550 pages at 10,000 briefings (~1 s to index) while the fixed cost per shard stays
 * small (see the module header of build-search-index.ts for the figures).
 */
import { createHash } from 'node:crypto';
import { paths } from '../data/paths';

export const SHARD_COUNT = 16;

/** An issue as the index step sees it (the published collection, `/issues.json`). */
export interface IndexedIssue {
  id: string;
  /** `en` or `zh` (src/publish/search-language.ts): which bundle the page goes in. */
  searchLang: string;
}

export interface ShardPage {
  id: string;
  /** The page's URL without the site's base (the JS API adds it). */
  url: string;
  /** The page's file, relative to the site's folder. */
  file: string;
}

export interface Shard {
  /** `<language>-<nn>`: the shard's name in the state folder. */
  key: string;
  language: string;
  /** In id order (code units), so a shard's pages always come in one order. */
  pages: ShardPage[];
}

/** The shard number of an issue id. */
export function shardOf(id: string, count = SHARD_COUNT): number {
  return createHash('sha1').update(id).digest().readUInt32BE(0) % count;
}

/**
 * The non-empty shards of `issues`, English before Chinese and each language's shards by
 * number: the order the shards are merged in, so the merged bundle's page order.
 */
export function planShards(issues: IndexedIssue[], count = SHARD_COUNT): Shard[] {
  const shards = new Map<string, Shard>();
  const sorted = [...issues].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const issue of sorted) {
    const language = issue.searchLang === 'zh' ? 'zh' : 'en';
    const key = `${language}-${String(shardOf(issue.id, count)).padStart(2, '0')}`;
    const shard = shards.get(key) ?? { key, language, pages: [] };
    shard.pages.push({ id: issue.id, url: `/${paths.issue(issue.id)}`, file: `${paths.issue(issue.id)}index.html` });
    shards.set(key, shard);
  }
  return [...shards.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
