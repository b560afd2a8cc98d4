/**
 * Search in a real browser: the right issue and section first, landing highlighted, filters,
 * junk not indexed, Chinese found. Built from the sample corpus plus the bilingual fixture.
 */
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusWith } from '../helpers/pipeline';
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
    const input = corpusWith(['bilingual-en-zh'], 'search-input-');
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
  it('filtering by month narrows the results to that month, and the choice stays in the URL', async () => {
    const { page, titles } = await search('China', '&month=2026-01');
    expect(titles).toEqual(['China unveils key measures for high-quality foreign trade growth in 2026']);
    expect(await page.locator('#search-month').inputValue()).toBe('2026-01');
    expect(new URL(page.url()).searchParams.get('month')).toBe('2026-01');
    await page.close();
  });

  it.each(['Recommended', 'Haq'])('junk that was removed is not found: %s', async (junk) => {
    const { page, titles } = await search(junk);
    expect(titles).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toContain('Nothing found');
    await page.close();
  });

  it('a Chinese query finds the bilingual briefing, and its link lands on the matched section', async () => {
    const { page, titles } = await search('城中村改造');
    expect(titles).toEqual(['中国政策周报 China Policy Weekly']);
    const sub = page.locator('.search-result .sub-results a').first();
    expect(await sub.textContent()).toBe('房地产 Property');
    await sub.click();
    await page.waitForSelector('mark');
    expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent('房地产-property')}`);
    await page.close();
  });
});
