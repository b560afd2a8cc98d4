/**
 * Search recall on a fixed list of English and Chinese queries, run through the real search
 * page in Chromium: each must bring its expected issue first. Pagefind's Chinese segmentation
 * has known recall problems (Pagefind issue #1237), and it matches leniently; this list makes
 * an upgrade that breaks either fail here rather than in front of a reader.
 */
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusWith } from '../helpers/pipeline';
import { browserAvailable, buildSite, CHROMIUM, CHROMIUM_ARGS, serve } from '../helpers/site';

/** Query → the start of the id of the issue that must come first. */
const FIRST: [query: string, idPrefix: string][] = [
  ['soybean', '2026-02-06-weekly-china-insight'],
  ['No. 1 Document', '2026-02-06-weekly-china-insight'],
  ['Putin', '2026-02-06-weekly-china-insight'],
  ['foreign trade', '2026-01-26-china-unveils-key-measures-for-high-quality-foreign-trade'],
  ['provincial work reports', 'untitled-'],
  ['cathode', '2026-03-13-beijing-brief'],
  ['lithography', '2026-04-02-semiconductor-policy-notes'],
  ['integrated circuit fund', '2026-04-02-semiconductor-policy-notes'],
  ['Qianhai', '2026-03-06-yangtze-policy-weekly'],
  ['cross-border data', '2026-03-06-yangtze-policy-weekly'],
  ['arrears', '2026-03-13-yangtze-policy-weekly'],
  ['Haikou', '2026-03-13-yangtze-policy-weekly'],
  ['Asia Policy Monitor', '2026-03-09-asia-policy-monitor'],
  ['urban village renovation', '2026-03-27-china-policy-weekly'],
  ['soybeans', '2026-02-06-weekly-china-insight'],
  ['Two Sessions', '2026-03-13-yangtze-policy-weekly'],
  // Chinese: a Chinese or bilingual briefing, found from the English search page.
  ['新质生产力', '2026-03-27-china-policy-weekly'],
  ['房地产', '2026-03-27-china-policy-weekly'],
  ['城中村改造', '2026-03-27-china-policy-weekly'],
  ['保障性住房', '2026-03-27-china-policy-weekly'],
  ['国务院', '2026-03-27-china-policy-weekly'],
  ['住房和城乡建设部', '2026-03-27-china-policy-weekly'],
];
/** Words only in removed junk, or that merely begin an indexed word: nothing may come back. */
const NOTHING = ['Recommended Articles', 'Farhan Haq', 'longitudinal', 'WeChat'];

const run = browserAvailable();
let browser: Browser;
let server: Server;
let site: string;

async function firstResults(query: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /found|Nothing found/.test(document.getElementById('search-status')?.textContent ?? ''));
    return await page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]));
  } finally {
    await page.close();
  }
}

describe.runIf(run)('search recall', () => {
  beforeAll(async () => {
    const input = corpusWith(['bilingual-en-zh', 'bottom-line-newsletter', 'email-forward', 'markdown-headings', 'distinct-same-series'], 'recall-');
    ({ url: site, server } = await serve(buildSite(input)));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it(`brings the expected issue first for ${FIRST.length} fixed queries`, async () => {
    const firsts: [string, string][] = [];
    for (const [query] of FIRST) firsts.push([query, (await firstResults(query))[0] ?? '(nothing)']);
    const misses = firsts.filter(([, id], i) => !id.startsWith(FIRST[i][1])).map(([query, id]) => `${query} → ${id}`);
    expect(misses).toEqual([]);
  });

  it('finds nothing for words that are not in any issue’s text', async () => {
    for (const query of NOTHING) expect({ query, results: await firstResults(query) }).toEqual({ query, results: [] });
  });
});
