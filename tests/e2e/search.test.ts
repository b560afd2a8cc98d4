/**
 * Search in a real browser: the right issue and section first, landing highlighted, filters,
 * junk not indexed, Chinese found. Built from the sample corpus plus the bilingual fixture.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, RAW_DIR } from '../helpers/pipeline';
import { browserAvailable, buildSite, CHROMIUM, CHROMIUM_ARGS, serve } from '../helpers/site';

const run = browserAvailable();
let browser: Browser;
let server: Server;
let site: string;

async function search(query: string, extra = ''): Promise<{ page: Page; titles: string[] }> {
  const page = await browser.newPage();
  await page.goto(`${site}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => /found|Nothing found/.test(document.getElementById('search-status')?.textContent ?? ''));
  const titles = await page.locator('.search-result h2').allTextContents();
  return { page, titles };
}

describe.runIf(run)('searching the archive', () => {
  beforeAll(async () => {
    const input = mkdtempSync(join(tmpdir(), 'search-input-'));
    cpSync(RAW_DIR, input, { recursive: true });
    cpSync(join(FIXTURES_DIR, 'bilingual-en-zh', 'input', 'input.txt'), join(input, 'bilingual.txt'));
    ({ url: site, server } = await serve(buildSite(input)));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('"soybean": the Weekly China Insight first, with the Xi–Trump section as a sub-result; landing highlights the word', async () => {
    const { page, titles } = await search('soybean');
    expect(titles[0]).toBe('Weekly China Insight');
    const sub = page.locator('.search-result').first().locator('.sub-results a').first();
    expect(await sub.textContent()).toBe('Xi and Trump pledge stability in a rare and wide-ranging call');
    const href = (await sub.getAttribute('href'))!;
    expect(new URL(href, site).hash).toBe('#xi-and-trump-pledge-stability-in-a-rare-and-wide-ranging-call');
    await sub.click();
    await page.waitForSelector('mark');
    expect((await page.locator('mark').first().textContent())?.toLowerCase()).toBe('soybean');
    const top = await page.locator('#xi-and-trump-pledge-stability-in-a-rare-and-wide-ranging-call').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(900);
    await page.close();
  });

  it('the query in the URL is run, and the URL follows what the reader types', async () => {
    const { page } = await search('No. 1 Document');
    expect(await page.locator('.sub-results a').allTextContents()).toContain("Ag-tech takes center stage in China's 2026 No. 1 Document");
    await page.fill('#search-query', 'Jiangxi');
    await page.waitForFunction(() => location.search === '?q=Jiangxi');
    await page.close();
  });

  it('filtering by publisher narrows the results', async () => {
    const all = await search('China');
    const kreab = await search('China', '&publisher=Kreab');
    expect(kreab.titles).toEqual(['Weekly China Insight']);
    expect(all.titles.length).toBeGreaterThan(kreab.titles.length);
    await Promise.all([all.page.close(), kreab.page.close()]);
  });
  it.each(['Recommended', 'Haq'])('junk that was removed is not found: %s', async (junk) => {
    const { page, titles } = await search(junk);
    expect(titles).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toContain('Nothing found');
    await page.close();
  });

  // Open: Pagefind keeps a separate index per page language and the (English) search page
  // searches only its own; searching the Chinese index from it trapped in Pagefind 1.5.2's
  // WebAssembly when tried. See the issue notes.
  it.todo('a Chinese query finds the bilingual briefing, indexed as Chinese');
});
