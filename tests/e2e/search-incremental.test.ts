/**
 * Search after an incremental index, in a real browser. The site (sample corpus, the bilingual
 * briefing and the dated desalination series, with a Chinese issue) is built, then three
 * briefings from one publisher are added and it is built again into the same folder with the
 * same cache: only the new briefings' shards are indexed again, and the bundles are the bytes
 * a cold index gives. The new briefings are found, and the publisher filter, newest first and
 * Chinese search are right across shards (their issues sit in different shards).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/search/shard-plan';
import { corpusWith } from '../helpers/pipeline';
import { coldSearchBundles, searchBundles } from '../helpers/search-bundles';
import { browserAvailable, buildSiteWithLog, CHROMIUM, CHROMIUM_ARGS, projectTempDir, serve } from '../helpers/site';

const PUBLISHER = 'Harbour Analytics';
/** Added after the first build: dated among the series, all on desalination, one with a word found nowhere else. */
const ADDED = [
  { file: '2025-05-20-harbour-brine.txt', title: 'Brine Outfalls Under Review', date: '2025-05-20', text: 'Regulators reviewed brine outfalls from desalination plants along the coast. Tidal turbines power two of them.' },
  { file: '2025-09-20-harbour-membranes.txt', title: 'Membrane Costs Keep Falling', date: '2025-09-20', text: 'Reverse osmosis membranes for desalination fell in price again. Tidal turbines were tested at the Quokkaport pilot.' },
  { file: '2026-01-10-harbour-outlook.txt', title: 'Water Outlook for the Year', date: '2026-01-10', text: 'The outlook expects desalination capacity to grow, with tidal turbines supplying part of the power.' },
];

const run = browserAvailable();
let browser: Browser;
let server: Server;
let site: string;
let outDir: string;
let firstLog: string;
let secondLog: string;

interface Collection {
  issues: { id: string; searchLang: string; publisher: string | null; title: string }[];
}
const keyOf = (issue: { id: string; searchLang: string }) => `${issue.searchLang === 'zh' ? 'zh' : 'en'}-${String(shardOf(issue.id)).padStart(2, '0')}`;
const collection = () => JSON.parse(readFileSync(join(outDir, 'issues.json'), 'utf8')) as Collection;

async function search(query: string, extra = ''): Promise<{ page: Page; titles: string[] }> {
  const page = await browser.newPage();
  await page.goto(`${site}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => /found|Nothing found/.test(document.getElementById('search-status')?.textContent ?? ''));
  // Every result, not just the first page of them.
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('.search-result').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
  }
  return { page, titles: await page.locator('.search-result h2').allTextContents() };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The results' dates as ISO days, from their meta line ("20 May 2025 · Harbour Analytics"). */
async function resultDates(page: Page): Promise<string[]> {
  return (await page.locator('.search-result .meta').allTextContents()).map((line) => {
    const match = /(\d{1,2}) (\p{L}+) (\d{4})/u.exec(line);
    return match ? `${match[3]}-${String(MONTHS.indexOf(match[2]) + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}` : 'undated';
  });
}

describe.runIf(run)('search after an incremental index', () => {
  beforeAll(async () => {
    const input = corpusWith(['bilingual-en-zh', 'search-dated-series'], 'search-incremental-');
    const env = { ASTRO_CACHE_DIR: projectTempDir('astro-cache-') };
    ({ outDir, log: firstLog } = buildSiteWithLog(input, env));
    for (const added of ADDED) {
      writeFileSync(join(input, added.file), `${added.title}\n\n${added.text}\n`);
      writeFileSync(join(input, added.file.replace(/\.txt$/, '.meta.yaml')), `title: ${added.title}\ndate: ${added.date}\npublisher: ${PUBLISHER}\n`);
    }
    ({ log: secondLog } = buildSiteWithLog(input, env, outDir));
    ({ url: site, server } = await serve(outDir));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('the rebuild indexed only the new briefings\' shards, and its bundles are the bytes of a cold index', async () => {
    const shardsLine = (log: string) => /in (\d+) shards of which (\d+) re-indexed/.exec(log)?.slice(1).map(Number);
    const [firstTotal, firstIndexed] = shardsLine(firstLog)!;
    expect(firstIndexed).toBe(firstTotal);
    const added = collection().issues.filter((issue) => issue.publisher === PUBLISHER);
    expect(added).toHaveLength(ADDED.length);
    const addedShards = new Set(added.map(keyOf));
    expect(addedShards.size).toBeGreaterThan(1);
    const [total, indexed] = shardsLine(secondLog)!;
    expect(indexed).toBe(addedShards.size);
    expect(total).toBeGreaterThan(indexed);
    expect(searchBundles(outDir)).toEqual(await coldSearchBundles(outDir));
  });

  it('finds a newly added briefing', async () => {
    const { page, titles } = await search('Quokkaport');
    expect(titles).toEqual(['Membrane Costs Keep Falling']);
    await page.close();
  });

  it('the publisher filter keeps exactly that publisher\'s issues, from every shard they are in', async () => {
    const { page, titles } = await search('desalination', `&publisher=${encodeURIComponent(PUBLISHER)}`);
    expect([...titles].sort()).toEqual(ADDED.map((added) => added.title).sort());
    const all = await search('desalination');
    expect(all.titles.length).toBeGreaterThan(titles.length);
    await page.close();
    await all.page.close();
  });

  it('newest first is one order across shards and both bundles, the new briefings in their places', async () => {
    const { page, titles } = await search('desalination', '&sort=newest');
    const dates = await resultDates(page);
    expect(dates.length).toBeGreaterThan(8);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const added of ADDED) expect(dates).toContain(added.date);
    // The Chinese issue of 20 June 2025 comes between its English neighbours.
    expect(titles[dates.indexOf('2025-06-20')]).toBe('水务周报 Water Weekly');
    const shards = new Set(collection().issues.filter((issue) => titles.includes(issue.title)).map(keyOf));
    expect(shards.size).toBeGreaterThan(4);
    await page.close();
  });

  it('Chinese search still finds the Chinese issues', async () => {
    const { page, titles } = await search('海水淡化');
    expect(titles).toContain('水务周报 Water Weekly');
    await page.close();
  });
});
