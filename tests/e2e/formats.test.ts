/**
 * One newsletter saved three ways (the e-mail, the web page and a pasted `.txt`) is one issue
 * with three sources, built with the real build, and its page shows each section under a heading
 * with an id that `#<id>` navigation lands on, in a real Chromium. The three copies are the eval
 * corpus's own (tests/eval/corpus/tuning/), so the test and the extraction eval read the same files.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/pipeline';
import { browserAvailable, buildSite, CHROMIUM, CHROMIUM_ARGS, projectTempDir, serve } from '../helpers/site';

const run = browserAvailable();
const CORPUS = join(ROOT, 'tests', 'eval', 'corpus', 'tuning');
const COPIES = [
  'substack-email--provincial-ledger-debt-swap-saved.eml',
  'substack-post--provincial-ledger-debt-swap-page.html',
  'substack-email--provincial-ledger-debt-swap.txt',
];
const HEADINGS = ['The numbers', 'What the swap does and does not fix', 'Three things to watch'];

interface PublishedIssue {
  id: string;
  title: string;
  sources: { file: string }[];
  sections: { id: string; heading: string | null }[];
}

let browser: Browser;
let server: Server;
let site: string;
let issues: PublishedIssue[];

describe.runIf(run)('one newsletter as .eml, .html and .txt', () => {
  beforeAll(async () => {
    const input = projectTempDir('three-formats-');
    mkdirSync(input, { recursive: true });
    for (const file of COPIES) copyFileSync(join(CORPUS, file), join(input, file));
    const dist = buildSite(input);
    issues = (JSON.parse(readFileSync(join(dist, 'issues.json'), 'utf8')) as { issues: PublishedIssue[] }).issues;
    ({ url: site, server } = await serve(dist));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('becomes one issue with three sources', () => {
    expect(issues).toHaveLength(1);
    expect(issues[0]!.title).toBe("Guangdong's debt swap quota is a tell for the whole country");
    expect(issues[0]!.sources.map((source) => source.file).sort()).toEqual([...COPIES].sort());
    expect(issues[0]!.sections.filter((section) => section.heading !== null).map((section) => section.heading)).toEqual(HEADINGS);
  });

  it('its page shows every section heading with an id, and #<id> lands on it', async () => {
    const issue = issues[0]!;
    const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
    await page.goto(new URL(`issues/${issue.id}/`, site).href);
    const headings = page.locator('article h2[id]');
    const shown = await headings.evaluateAll((elements) => elements.map((h) => ({ id: h.id, text: (h.textContent ?? '').trim() })));
    const sectionIds = issue.sections.filter((section) => section.heading !== null).map((section) => section.id);
    expect(shown.filter((h) => HEADINGS.includes(h.text))).toEqual(HEADINGS.map((text, i) => ({ id: sectionIds[i], text })));
    // "About this copy" says, in words, that three saved copies were merged.
    expect(await page.locator('.about-copy').textContent()).toContain('Archived from 3 saved copies');
    // Navigate to each #id in turn (last first, so every jump scrolls) and check it is the target, in view.
    for (const id of [...sectionIds].reverse()) {
      await page.goto(new URL(`issues/${issue.id}/#${id}`, site).href);
      const landed = () =>
        page.evaluate(() => {
          const target = document.querySelector(':target');
          const top = target ? Math.round(target.getBoundingClientRect().top) : null;
          return { id: target?.id ?? null, inView: top !== null && top >= 0 && top < window.innerHeight };
        });
      // Polled: the browser scrolls to the fragment after the load, not necessarily before goto returns.
      await expect.poll(landed, { timeout: 5000, message: `#${id} is the :target and in view` }).toEqual({ id, inView: true });
    }
    await page.close();
  });
});
