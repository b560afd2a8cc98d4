/**
 * The shard merge against Pagefind itself: shards indexed apart and merged must give the
 * bundle Pagefind writes when it indexes all their pages at once, in the same order (same file
 * names; same decoded meta, index chunks and filters; same fragment bytes). The pages cover
 * what the merge rewrites: filters, a sort key with missing and equal values, accented words
 * (Pagefind's word variants), more than one index chunk, and a Chinese index.
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { stabilizePagefind, type Bundle } from '../../src/search/stabilize-pagefind';
import { mergeShards, type ShardBundle } from '../../src/search/merge-shards';
import { indexShardHtml } from './pagefind-html';

afterAll(() => pagefind.close());

const WORDS = ['tariff', 'export', 'licence', 'province', 'café', 'cafe', 'naïve', 'résumé', 'grain', 'soybean', 'chip', 'quota', 'rare', 'earth', 'yuan', 'bond', 'policy', 'reform'];

interface TestPage {
  url: string;
  html: string;
  sort: Record<string, string>;
}

/** A page like an issue page: title, body text, filters, and a date sort key (some missing, some equal). */
function page(i: number, words: number): TestPage {
  const date = i % 11 === 0 ? null : `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 3) + 1).padStart(2, '0')}`;
  const text = Array.from({ length: words }, (_, w) => `${WORDS[(i * 7 + w * 3) % WORDS.length]}${w % 5 === 0 ? i % 40 : ''}`).join(' ');
  const sort = date ? ` data-pagefind-sort="date:${date}"` : '';
  const filters = [`<span data-pagefind-filter="publisher">Publisher ${i % 4}</span>`, date ? `<span data-pagefind-filter="month">${date.slice(0, 7)}</span>` : ''].join('');
  return {
    url: `/issues/page-${i}/`,
    html: `<!doctype html><html lang="en"><head><title>x</title></head><body><article data-pagefind-body${sort}><h1 data-pagefind-meta="title">Page ${i} ${WORDS[i % WORDS.length]}</h1><div data-pagefind-ignore>${filters}</div><p>${text}</p></article></body></html>`,
    sort: date ? { date } : {},
  };
}

/** The Pagefind files decoded, for comparing content rather than gzip's bytes. */
function decoded(bundle: Bundle): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, bytes] of bundle) {
    out[path] = /\.pf_(meta|index|filter)$/.test(path) ? decode(gunzipSync(bytes).subarray(12), { useMaps: false }) : Buffer.from(bytes).toString('base64');
  }
  return out;
}

async function shardsOf(language: string, pages: TestPage[], cuts: number[]): Promise<ShardBundle[]> {
  const bounds = [0, ...cuts, pages.length];
  const shards: ShardBundle[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const own = pages.slice(bounds[s], bounds[s + 1]);
    shards.push({ key: `${language}-${s}`, bundle: await indexShardHtml(language, own), sortValues: own.map((p) => p.sort) });
  }
  return shards;
}

describe('mergeShards', () => {
  it('gives what Pagefind writes for all the pages at once: names, meta, chunks, filters, sort and fragments', async () => {
    const pages = Array.from({ length: 130 }, (_, i) => page(i, 180));
    const shards = await shardsOf('en', pages, [40, 41, 95]);
    const merged = await mergeShards('en', shards);
    const whole = stabilizePagefind(await indexShardHtml('en', pages));
    const indexChunks = [...merged.keys()].filter((path) => path.startsWith('index/'));
    expect(indexChunks.length).toBeGreaterThan(1);
    expect(JSON.stringify(decoded(merged))).toContain('"naïve"');
    expect(Object.keys(decoded(merged)).sort()).toEqual(Object.keys(decoded(whole)).sort());
    expect(decoded(merged)).toEqual(decoded(whole));
  });

  it('merges a Chinese index the same way', async () => {
    const pages = ['关税 出口 许可证', '稀土 出口 管制', '大豆 进口 关税', '半导体 芯片 出口'].map((text, i): TestPage => ({
      url: `/issues/zh-${i}/`,
      html: `<html lang="zh"><body><article data-pagefind-body data-pagefind-sort="date:2026-0${i + 1}-01"><h1>标题 ${i}</h1><p>${text}</p></article></body></html>`,
      sort: { date: `2026-0${i + 1}-01` },
    }));
    const merged = await mergeShards('zh', await shardsOf('zh', pages, [1, 3]));
    expect(decoded(merged)).toEqual(decoded(stabilizePagefind(await indexShardHtml('zh', pages))));
  });

  it('refuses shards whose sort order does not match the pages\' sort values, and a page count that does not match', async () => {
    const pages = Array.from({ length: 6 }, (_, i) => page(i + 1, 20));
    const shards = await shardsOf('en', pages, [3]);
    const swapped = shards.map((shard) => ({ ...shard, sortValues: [...shard.sortValues].reverse() }));
    await expect(mergeShards('en', swapped)).rejects.toThrow(/"date" order does not match/);
    await expect(mergeShards('en', [{ ...shards[0], sortValues: shards[0].sortValues.slice(1) }])).rejects.toThrow(/indexed 3 pages, 2 were sent/);
  });
});
