/**
 * The archive published under a sub-path (`BASE_PATH=/archive/`): every link on every page
 * resolves, section fragments included, checked by linkinator crawling the served site; no
 * page links outside the base; search finds and lands under the base too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusWith } from '../helpers/pipeline';
import { browserAvailable, buildSite, CHROMIUM, CHROMIUM_ARGS, serve } from '../helpers/site';

const BASE = '/archive/';
const SITE_URL = 'https://briefings.example.org';
let outDir: string;
let site: string;
let server: Server;

beforeAll(async () => {
  const input = corpusWith(['bilingual-en-zh', 'bottom-line-newsletter', 'distinct-follow-up', 'dup-email-forward']);
  outDir = buildSite(input, { BASE_PATH: BASE, SITE_URL });
  ({ url: site, server } = await serve(outDir, BASE));
});
afterAll(() => server?.close());

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

describe('a build under a non-root base', () => {
  it('links every page, asset, feed and section fragment without a broken one', async () => {
    const checker = new LinkChecker();
    const origin = new URL(site).origin;
    const result = await checker.check({
      path: site,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Canonical and Open Graph URLs name the public site; check them against the served copy.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE_URL}`), replacement: origin }],
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status} ${link.url} (on ${link.parent})`);
    expect(broken).toEqual([]);
    // The crawl reached the whole site, not just the home page.
    expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(60);
  });

  it.runIf(browserAvailable())('searches under the base and lands on the section there', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`${site}search/?q=soybean`);
      const sub = page.locator('.search-result').first().locator('.sub-results a').first();
      await sub.waitFor();
      expect(new URL((await sub.getAttribute('href'))!, site).pathname).toMatch(/^\/archive\/issues\/2026-02-06-weekly-china-insight-[0-9a-f]{6}\/$/);
      await sub.click();
      await page.waitForSelector('mark');
      expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('keeps every internal URL in the pages under the base', () => {
    const outside: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(join(outDir, file), 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src|action|content)="(\/[^"]*)"/g)) {
        if (!url.startsWith(BASE)) outside.push(`${file}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
