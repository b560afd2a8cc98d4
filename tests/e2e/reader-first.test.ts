/**
 * The reader-first archive, in a real Chromium: the bottom line first (key points linking to
 * their sections), honest labels for inferred takeaways wherever they appear, the contents in
 * view while reading, the archive's shelves (month, year, publisher, undated) reachable from
 * home and linked both ways, and a home page that keeps its size as the archive grows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus';
import { browserAvailable, buildSite, CHROMIUM, CHROMIUM_ARGS, serve } from '../helpers/site';

const run = browserAvailable();
const WEEKLY = '/issues/2026-02-06-weekly-china-insight-c5c8f7/';
const LONG_READ = '/issues/untitled-a60b32/';

describe.runIf(run)('a reader-first archive', () => {
  let browser: Browser;
  let server: Server;
  let site: string;
  let dist: string;
  const open = async (path: string, width = 1280): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(new URL(path.replace(/^\//, ''), site).href);
    return page;
  };

  beforeAll(async () => {
    dist = buildSite();
    ({ url: site, server } = await serve(dist));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('an issue opens on its key points, each linking to its section, inferred ones labelled in words', async () => {
    const page = await open(WEEKLY);
    const points = page.locator('.key-points li');
    expect(await points.count()).toBe(4);
    // Above the first section.
    const [pointsTop, firstSection] = await Promise.all([page.locator('.key-points').evaluate((el) => el.getBoundingClientRect().top), page.locator('.issue-section').first().evaluate((el) => el.getBoundingClientRect().top)]);
    expect(pointsTop).toBeLessThan(firstSection);
    expect(await page.locator('.key-points').textContent()).toContain('the archive took as its takeaway');
    expect(await points.first().locator('.tag').textContent()).toBe('inferred');
    await points.nth(1).locator('a').click();
    expect(new URL(page.url()).hash).toBe('#xi-and-putin-reaffirm-strategic-alignment-via-videoconferencing');
    await page.close();
  });

  it('inferred takeaways say so in the week digest, on home cards, in RSS and in link previews', async () => {
    const week = await open('/weeks/2026-w06/');
    expect(await week.locator('.digest .tag').first().textContent()).toBe('inferred');
    await week.close();
    const home = await open('/');
    expect(await home.locator('.issue-card .first-takeaway').first().textContent()).toMatch(/^Inferred takeaway: /);
    await home.close();
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('<description>Takeaway inferred by the archive: ');
    const section = await open(`${WEEKLY}xi-and-trump-pledge-stability-in-a-rare-and-wide-ranging-call/`);
    expect(await section.locator('meta[name="description"]').getAttribute('content')).toContain('Takeaway inferred by the archive: ');
    await section.close();
  });

  it('the contents stay in view while reading a long read at 1280 px, and fold away on a phone', async () => {
    const page = await open(LONG_READ);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.7));
    const box = await page.locator('.toc-side').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(900);
    expect(await page.locator('.toc-inline').isVisible()).toBe(false);
    await page.close();
    const phone = await open(LONG_READ, 390);
    expect(await phone.locator('.toc-side').isVisible()).toBe(false);
    expect(await phone.locator('.toc-inline').isVisible()).toBe(true);
    expect(await phone.locator('.toc-inline').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await phone.close();
  });

  it('month, year, publisher and undated pages are reachable from home and linked both ways', async () => {
    const page = await open('/');
    await page.locator('.archive-index').getByRole('link', { name: 'February 2026' }).click();
    expect(await page.locator('h1').textContent()).toBe('February 2026');
    // Month → year → month.
    await page.getByRole('link', { name: 'All of 2026' }).click();
    expect(await page.locator('h1').textContent()).toBe('2026');
    await page.getByRole('link', { name: 'February 2026' }).click();
    // Month → issue → back to the month by its date, and on to its publisher.
    await page.locator('.issue-card h3 a').first().click();
    await page.locator('.meta').first().getByRole('link', { name: '6 February 2026' }).click();
    expect(await page.locator('h1').textContent()).toBe('February 2026');
    await page.goto(new URL(WEEKLY.slice(1), site).href);
    await page.locator('.meta').first().getByRole('link', { name: 'Kreab' }).click();
    expect(await page.locator('h1').textContent()).toBe('Kreab');
    expect(await page.getByRole('link', { name: 'Weekly China Insight' }).count()).toBe(1);
    // Publisher → all publishers → home has them too; undated from home and from an undated issue.
    await page.getByRole('link', { name: 'All publishers' }).click();
    expect(await page.locator('h1').textContent()).toBe('Publishers');
    await page.goto(site);
    await page.getByRole('link', { name: /undated briefings →/ }).click();
    expect(await page.locator('h1').textContent()).toBe('Undated briefings');
    await page.locator('.compact-list a').first().click();
    await page.locator('.meta').first().getByRole('link', { name: 'Undated' }).click();
    expect(await page.locator('h1').textContent()).toBe('Undated briefings');
    await page.close();
  });
});

describe.runIf(run)('the home page at archive scale', () => {
  it('is the same height (± 10%) for 100 and 2,000 briefings', async () => {
    const heights: number[] = [];
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      for (const n of [100, 2000]) {
        const input = mkdtempSync(join(tmpdir(), `home-${n}-`));
        for (const doc of generateCorpus(n, 5)) writeFileSync(join(input, doc.file), doc.text);
        const { url, server } = await serve(buildSite(input));
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(url);
        heights.push(await page.evaluate(() => document.body.scrollHeight));
        await page.close();
        server.close();
      }
    } finally {
      await browser.close();
    }
    expect(Math.abs(heights[1] - heights[0]) / heights[0], `heights ${heights.join(' and ')} px`).toBeLessThanOrEqual(0.1);
  }, 300_000);
});
