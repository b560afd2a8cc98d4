/**
 * The bytes a reader's first search really downloads: the built site is served on loopback,
 * Chromium opens the search page with a query, and every search-index response is summed
 * (the search page's own HTML, CSS and JS are not counted: they load before any search).
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../tests/helpers/site';

/**
 * Kilobytes fetched for a first search for `query`: as files (`raw`) and as a static host with
 * gzip would send them (`gzip`; Pagefind's data files are gzip already). Null without a browser.
 */
export async function firstSearchKb(dist: string, query: string): Promise<{ raw: number; gzip: number; files: number } | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { url, server } = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const bodies: Buffer[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!/\/pagefind(-zh)?\//.test(new URL(response.url()).pathname)) return;
      pending.push(response.body().then((body) => void bodies.push(body)).catch(() => undefined));
    });
    await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /found|Nothing found/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const sum = (sizes: number[]) => Math.round(sizes.reduce((a, b) => a + b, 0) / 1024);
    const gzipped = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length);
    return { raw: sum(bodies.map((b) => b.length)), gzip: sum(bodies.map(gzipped)), files: bodies.length };
  } finally {
    await browser.close();
    server.close();
  }
}
