/**
 * The bytes a reader's first search really downloads: the built site is served on loopback,
 * Chromium opens the search page with a query, and every search-index response is summed
 * (the search page's own HTML, CSS and JS are not counted: they load before any search).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../tests/helpers/site';

/** Kilobytes of index data fetched for a first search for `query`, or null without a browser. */
export async function firstSearchKb(dist: string, query: string): Promise<number | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { url, server } = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!/\/pagefind(-zh)?\//.test(new URL(response.url()).pathname)) return;
      pending.push(response.body().then((body) => void (bytes += body.length)).catch(() => undefined));
    });
    await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /found|Nothing found/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return Math.round(bytes / 1024);
  } finally {
    await browser.close();
    server.close();
  }
}
