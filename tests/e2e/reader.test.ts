/**
 * What a reader does, in a real Chromium: browse home → week → issue → section, copy a
 * section link, open a link cold, read with JavaScript off, run axe-core on every page type
 * (light and dark), and check that no request leaves the site's origin.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, buildSite, CHROMIUM, CHROMIUM_ARGS, serve } from '../helpers/site';

const run = browserAvailable();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WEEKLY = '2026-02-06-weekly-china-insight';
const XI_TRUMP = 'xi-and-trump-pledge-stability-in-a-rare-and-wide-ranging-call';

let browser: Browser;
let server: Server;
let site: string;
let issuePath: string;

describe.runIf(run)('reading the archive in a browser', () => {
  beforeAll(async () => {
    const dist = buildSite();
    ({ url: site, server } = await serve(dist));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(site);
    issuePath = new URL((await page.locator(`a[href*="/issues/${WEEKLY}"]`).first().getAttribute('href'))!, site).pathname;
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(path: string, options: { dark?: boolean; javaScript?: boolean; width?: number; axe?: boolean } = {}): Promise<{ page: Page; external: string[] }> {
    const context = await browser.newContext({
      // Only to inject axe-core, which the site's own Content-Security-Policy rightly refuses.
      bypassCSP: options.axe ?? false,
      colorScheme: options.dark ? 'dark' : 'light',
      javaScriptEnabled: options.javaScript ?? true,
      viewport: { width: options.width ?? 1200, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(site).origin) && !request.url().startsWith('data:')) external.push(request.url());
    });
    await page.goto(new URL(path, site).href);
    return { page, external };
  }

  it('home → week → issue → section, by clicking', async () => {
    const { page } = await open('/');
    await page.getByRole('link', { name: /Week of 2 February 2026/ }).click();
    expect(await page.locator('h1').textContent()).toBe('Week of 2 February 2026');
    await page.getByRole('link', { name: 'Weekly China Insight', exact: true }).click();
    await page.waitForURL(/\/issues\//);
    expect(await page.locator('h1').textContent()).toBe('Weekly China Insight');
    await page.locator('.toc').getByRole('link', { name: /Xi and Putin/ }).click();
    expect(new URL(page.url()).hash).toBe('#xi-and-putin-reaffirm-strategic-alignment-via-videoconferencing');
    await page.context().close();
  });

  it('the week page gathers every takeaway, each linking to its section', async () => {
    const { page } = await open('/weeks/2026-w06/');
    const links = page.locator('.digest ul a');
    expect(await links.count()).toBe(4);
    expect(await links.first().getAttribute('href')).toBe(`${issuePath}#${XI_TRUMP}`);
    await page.context().close();
  });

  it('copy-link copies the section page URL and announces it', async () => {
    const { page } = await open(issuePath);
    const button = page.locator(`a[data-copy-link][href$="/${XI_TRUMP}/"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent === 'Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(`${issuePath}${XI_TRUMP}/`, site).href);
    await page.context().close();
  });

  it('a section link opened cold shows the section in view and marked', async () => {
    const { page } = await open(`${issuePath}#${XI_TRUMP}`);
    const section = page.locator('.issue-section', { has: page.locator(`#${XI_TRUMP}`) });
    const box = await section.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(-1);
    expect(box.top).toBeLessThan(900);
    const background = await section.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('the section share page unfurls with its heading and takeaway', async () => {
    const { page } = await open(`${issuePath}${XI_TRUMP}/`);
    // It says what it is: the section, its issue, the publisher and the date.
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Xi and Trump pledge stability in a rare and wide-ranging call — Weekly China Insight');
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toMatch(/^Kreab, 6 February 2026\. Takeaway inferred by the archive: The Xi-Trump call signals/);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await page.context().close();
  });

  it('an issue reads fully with JavaScript disabled', async () => {
    const { page } = await open(issuePath, { javaScript: false });
    expect(await page.locator('h2').allTextContents()).toContain('Xi and Trump pledge stability in a rare and wide-ranging call');
    expect(await page.locator('.takeaways').count()).toBe(4);
    expect(await page.locator('p', { hasText: 'system-wide modernization effort.' }).count()).toBe(1);
    expect(await page.locator(`a[data-copy-link][href$="/${XI_TRUMP}/"]`).getAttribute('href')).toBe(`${issuePath}${XI_TRUMP}/`);
    await page.context().close();
  });

  it('an issue page weighs under 60 kB before search is used, with no render-blocking script', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      // Uncompressed bodies: what the page costs with no help from the server.
      loaded.push({ url: response.url(), bytes: (await response.body()).length });
    });
    await page.goto(new URL(issuePath, site).href, { waitUntil: 'networkidle' });
    const total = loaded.reduce((sum, file) => sum + file.bytes, 0);
    expect(loaded.some((file) => file.url.includes('/pagefind/'))).toBe(false);
    expect(total, loaded.map((file) => `${file.bytes} ${file.url}`).join('\n')).toBeLessThan(60_000);
    // A classic script in <head> without defer/async blocks rendering; modules are deferred.
    const blocking = await page.locator('head script:not([type="module"]):not([defer]):not([async])').count();
    expect(blocking).toBe(0);
    await context.close();
  });

  const pageTypes = () => [
    ['home', '/'],
    ['week', '/weeks/2026-w06/'],
    ['issue', issuePath],
    ['section', `${issuePath}${XI_TRUMP}/`],
    ['month', '/months/2026-02/'],
    ['year', '/years/2026/'],
    ['publisher', '/publishers/kreab/'],
    ['publishers', '/publishers/'],
    ['undated', '/undated/'],
    ['404', '/no-such-page/'],
    ['search', '/search/?q=soybean'],
  ];
  for (const dark of [false, true]) {
    it(`no axe-core violations (WCAG 2.1 AA) on every page type, ${dark ? 'dark' : 'light'}`, async () => {
      for (const [name, path] of pageTypes()) {
        const { page, external } = await open(path, { dark, axe: true });
        if (name === 'search') await page.locator('.search-result').first().waitFor();
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect({ page: name, violations }).toEqual({ page: name, violations: [] });
        expect({ page: name, external }).toEqual({ page: name, external: [] });
        await page.context().close();
      }
    });
  }
});
