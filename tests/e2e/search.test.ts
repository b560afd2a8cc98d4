/**
 * Search in a real browser: the right issue and section first, landing highlighted, filters,
 * junk not indexed, Chinese found, every word required, phrases, more results, a date range and
 * newest first across the English and Chinese bundles. Built from the sample corpus plus the
 * bilingual fixture, and again with `search-dated-series` (a dozen dated briefings on one topic,
 * a Chinese one among them, and look-alikes for "soybean Brazil" and "rare earth"). Results are
 * told apart by their dates (from the files' names), not their extracted titles.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusWith } from '../helpers/pipeline';
import { browserAvailable, buildSite, CHROMIUM, CHROMIUM_ARGS, serve } from '../helpers/site';

const run = browserAvailable();
let browser: Browser;
let server: Server;
let site: string;
let series: string;
let seriesServer: Server;

async function search(query: string, extra = '', on = site): Promise<{ page: Page; titles: string[] }> {
  const page = await browser.newPage();
  await page.goto(`${on}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => /found|Nothing found/.test(document.getElementById('search-status')?.textContent ?? ''));
  const titles = await page.locator('.search-result h2').allTextContents();
  return { page, titles };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The results' dates as ISO days, read from their meta line ("6 February 2026 · Kreab"), in page order. */
async function resultDates(page: Page): Promise<string[]> {
  const lines = await page.locator('.search-result .meta').allTextContents();
  return lines.map((line) => {
    const match = /(\d{1,2}) (\p{L}+) (\d{4})/u.exec(line);
    if (!match) return 'undated';
    return `${match[3]}-${String(MONTHS.indexOf(match[2]) + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  });
}

describe.runIf(run)('searching the archive', () => {
  beforeAll(async () => {
    const input = corpusWith(['bilingual-en-zh'], 'search-input-');
    ({ url: site, server } = await serve(buildSite(input)));
    ({ url: series, server: seriesServer } = await serve(buildSite(corpusWith(['bilingual-en-zh', 'search-dated-series'], 'search-series-'))));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    seriesServer?.close();
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
  it('a date range narrows the results to those months, and the range stays in the URL', async () => {
    const { page, titles } = await search('China', '&from=2026-01&to=2026-01');
    expect(titles).toEqual(['China unveils key measures for high-quality foreign trade growth in 2026']);
    expect(await page.locator('#search-from').inputValue()).toBe('2026-01');
    expect(await page.locator('#search-to').inputValue()).toBe('2026-01');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-01');
    await page.close();
    // A link shared when the page had a one-month filter still works, as a range of one month.
    const old = await search('China', '&month=2026-01');
    expect(old.titles).toEqual(['China unveils key measures for high-quality foreign trade growth in 2026']);
    expect(new URL(old.page.url()).searchParams.get('to')).toBe('2026-01');
    await old.page.close();
  });

  it('every word must be found: "soybean Brazil" finds nothing here, where no issue says "Brazil"', async () => {
    const { page, titles } = await search('soybean Brazil');
    expect(titles).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toContain('Nothing found');
    expect(await page.locator('#search-hint').textContent()).toContain('Every word must be in the issue');
    await page.close();
  });

  it('newest first merges the Chinese bundle in by date: the bilingual issue of 27 March 2026 before the English one of 6 February', async () => {
    const { page } = await search('China', '&sort=newest');
    const dates = await resultDates(page);
    expect(dates.slice(0, 3)).toEqual(['2026-03-27', '2026-02-06', '2026-01-26']);
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

  describe('on a dozen dated briefings', () => {
    /** 13 issues say "desalination": the 15th of each month of 2025, and a Chinese one of 20 June. */
    const SERIES = ['12', '11', '10', '09', '08', '07', '06-20', '06', '05', '04', '03', '02', '01'].map((m) => `2025-${m.length === 2 ? `${m}-15` : m}`);

    it('every word must be found: "soybean Brazil" brings only the issue with both', async () => {
      const { page } = await search('soybean Brazil', '', series);
      expect(await resultDates(page)).toEqual(['2025-03-05']);
      expect(await page.locator('#search-status').textContent()).toMatch(/^1 issue found/);
      await page.close();
    });

    it('a quoted phrase is found whole; unquoted, the words together in a heading come first', async () => {
      const quoted = await search('"rare earth"', '', series);
      expect(await resultDates(quoted.page)).toEqual(['2025-04-08']);
      await quoted.page.close();
      // "rare … earth" scattered over the 9 April digest, more often than the 8 April heading has them.
      const loose = await search('rare earth', '', series);
      const dates = await resultDates(loose.page);
      expect(dates[0]).toBe('2025-04-08');
      expect(dates).toContain('2025-04-09');
      // "a rare and wide-ranging call" (Weekly China Insight) has no "earth": not found at all.
      expect(loose.titles).not.toContain('Weekly China Insight');
      await loose.page.close();
    });

    it('"More results" shows the next page, moves focus to it, and stops when all are shown', async () => {
      const { page } = await search('desalination', '', series);
      expect(await page.locator('.search-result').count()).toBe(10);
      expect(await page.locator('#search-status').textContent()).toBe('13 issues found for “desalination”; showing 10.');
      const more = page.getByRole('button', { name: 'More results' });
      await more.click();
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 13);
      expect(await page.locator('#search-status').textContent()).toBe('13 issues found for “desalination”.');
      expect(await more.isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10])).toBe(true);
      expect(new Set(await resultDates(page)).size).toBe(13);
      await page.close();
    });

    it('newest first is one order across both bundles, page after page: the Chinese issue of 20 June between 15 July and 15 June', async () => {
      const { page } = await search('desalination', '&sort=newest', series);
      expect(await resultDates(page)).toEqual(SERIES.slice(0, 10));
      await page.getByRole('button', { name: 'More results' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 13);
      expect(await resultDates(page)).toEqual(SERIES);
      await page.close();
    });

    it('a date range (from, to) keeps only those months, and follows the reader\'s choice into the URL', async () => {
      const { page } = await search('desalination', '&from=2025-03&to=2025-05&sort=newest', series);
      expect(await resultDates(page)).toEqual(['2025-05-15', '2025-04-15', '2025-03-15']);
      await page.selectOption('#search-to', '2025-06');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2025-06');
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 5);
      expect(await resultDates(page)).toEqual(['2025-06-20', '2025-06-15', '2025-05-15', '2025-04-15', '2025-03-15']);
      await page.close();
      // An open end runs to the archive's last month.
      const open = await search('desalination', '&from=2025-11&sort=newest', series);
      expect(await resultDates(open.page)).toEqual(['2025-12-15', '2025-11-15']);
      await open.page.close();
    });

    it.each([false, true])('no axe-core violations with a second page of results and the date range set (dark: %s)', async (dark) => {
      // bypassCSP only to inject axe-core, which the site's own policy rightly refuses.
      const context = await browser.newContext({ bypassCSP: true, colorScheme: dark ? 'dark' : 'light' });
      const page = await context.newPage();
      await page.goto(`${series}search/?q=desalination&from=2025-01&to=2025-12`);
      await page.getByRole('button', { name: 'More results' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 13);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await context.close();
    });
  });
});
