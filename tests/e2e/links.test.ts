/**
 * A published URL is forever. Build an archive, record every URL in its sitemap and every
 * section link (page and `#anchor`), apply a maintainer's week of changes, rebuild, and follow
 * every recorded URL: each still lands on the same issue, and section links on the same section
 * (`#anchor` cases in a real browser). The same week without the permalink record shows what
 * would be lost: the record is what keeps the links.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { corpusWith, ROOT } from '../helpers/pipeline';
import { browserAvailable, buildSite, CHROMIUM, CHROMIUM_ARGS, serve } from '../helpers/site';

const run = browserAvailable();
const NEWSLETTER = '001_cd2cf3c2f2888c79.txt';
const ARTICLE = '002_f7038c5fbcec46f4.txt';
const LONG_READ = '003_0a6bf08919da8192.txt';
const PAGE = '004_7de9b2ebce4873b3.txt';
const FIXED_HEADING: [string, string] = ['Xi and Putin reaffirm strategic alignment via videoconferencing', 'Xi and Putin reaffirm their strategic alignment by video link'];
const RULE_REMOVES = 'Innovation Increasingly Underpins Everything';

/** What a URL showed: the raw file behind its issue, and the heading of its section (if it points at one). */
interface Landing {
  file: string;
  heading: string | null;
}

const html = (dist: string, path: string) => {
  const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};
/** Each issue id's canonical file, from the published collection. */
const canonicalFiles = (dist: string) => new Map((JSON.parse(readFileSync(join(dist, 'issues.json'), 'utf8')) as { issues: { id: string; sources: { file: string }[] }[] }).issues.map((issue) => [issue.id, issue.sources[0].file]));
const textOf = (fragment: string) => fragment.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").trim();

/** Follows redirect pages (their target is the redirect script's data-to) to a real page; keeps the #fragment. */
function follow(dist: string, url: string): { path: string; page: string } | null {
  let [path, hash] = url.split('#');
  for (let hops = 0; hops < 5; hops++) {
    const page = html(dist, path);
    if (page === null) return null;
    const to = /data-to="([^"]+)"/.exec(page)?.[1];
    if (!to) return { path: hash ? `${path}#${hash}` : path, page };
    path = to;
  }
  return null;
}

/** The section a page or anchor shows: a share page's h2, or on an issue page the section holding the anchor. */
function sectionAt(page: string, hash: string | undefined): string | null {
  if (!hash) return textOf(/<h2 id="[^"]+">(.*?)<\/h2>/s.exec(page.slice(page.indexOf('share-page')))?.[1] ?? '') || null;
  const id = decodeURIComponent(hash);
  const at = page.search(new RegExp(`id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  if (at === -1) return null;
  const sectionStart = page.lastIndexOf('<section class="issue-section"', at);
  const heading = /<h2 id="[^"]+">(.*?)<\/h2>/s.exec(page.slice(sectionStart, page.indexOf('</section>', sectionStart)));
  return heading ? textOf(heading[1]) : 'introduction';
}

function landing(dist: string, url: string): Landing | null {
  const reached = follow(dist, url);
  if (!reached) return null;
  const [path, hash] = reached.path.split('#');
  const segments = path.split('/').filter(Boolean);
  const file = canonicalFiles(dist).get(segments[1]);
  if (!file) return null;
  return { file, heading: segments.length === 3 || hash ? sectionAt(reached.page, hash) : null };
}

/** Every URL worth keeping: the sitemap's issue pages, and every section's page and anchor. */
function recordUrls(dist: string): Map<string, Landing> {
  const urls = new Map<string, Landing>();
  const issues = readdirSync(join(dist, 'issues'));
  for (const id of issues) {
    const page = html(dist, `/issues/${id}/`)!;
    if (/data-to=/.test(page)) continue;
    const file = canonicalFiles(dist).get(id)!;
    urls.set(`/issues/${id}/`, { file, heading: null });
    for (const section of readdirSync(join(dist, 'issues', id)).filter((name) => name !== 'index.html')) {
      const share = html(dist, `/issues/${id}/${section}/`)!;
      if (/data-to=/.test(share)) continue;
      const heading = sectionAt(share, undefined);
      urls.set(`/issues/${id}/${section}/`, { file, heading });
      urls.set(`/issues/${id}/#${section}`, { file, heading: sectionAt(page, section) });
    }
  }
  return urls;
}

/** A maintainer's week: a word edited, a heading fixed, a title given, a file renamed, a fuller copy added, a rule changed. */
function maintainersWeek(dir: string, rulesFile: string): void {
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  edit(ARTICLE, (text) => text.replace('a combined policy toolkit', 'a joint policy toolkit'));
  edit(NEWSLETTER, (text) => text.replace(FIXED_HEADING[0], FIXED_HEADING[1]));
  writeFileSync(join(dir, LONG_READ.replace('.txt', '.meta.yaml')), "title: What China's Provincial Work Reports Reveal\n");
  renameSync(join(dir, PAGE), join(dir, 'renamed-page.txt'));
  const bottomLine = readdirSync(dir).find((name) => name.startsWith('bottom-line-newsletter--'))!;
  writeFileSync(join(dir, 'a-fuller-copy.txt'), `${readFileSync(join(dir, bottomLine), 'utf8').trimEnd()}\nA closing paragraph that only the fuller copy carries, which makes it the most complete one.\n`);
  // The long read's publisher rule gains a line rule: one of its headings is now parsed as furniture.
  const rules = parseYaml(readFileSync(join(ROOT, 'content', 'publishers.yaml'), 'utf8')) as { publishers: { id: string; boilerplate?: unknown[] }[] };
  const tbi = rules.publishers.find((publisher) => publisher.id === 'tony-blair-institute')!;
  tbi.boilerplate = [...(tbi.boilerplate ?? []), { id: 'test-drop-heading', scope: 'line', pattern: `^${RULE_REMOVES}$`, reason: 'a heading the maintainer decided is furniture' }];
  writeFileSync(rulesFile, stringifyYaml(rules));
}

/** Where each recorded section is expected after the week: same heading, the fixed one, or (its heading gone) the section before it. */
function expectedHeading(before: Landing, previousHeading: Map<string, string | null>): string | null {
  if (before.heading === FIXED_HEADING[0]) return FIXED_HEADING[1];
  if (before.heading === RULE_REMOVES) return previousHeading.get(RULE_REMOVES) ?? null;
  return before.heading;
}
const sameFile = (before: string, after: string) => before === after || (before === PAGE && after === 'renamed-page.txt') || after === 'a-fuller-copy.txt';

describe.runIf(run)('links that never break', () => {
  let before: Map<string, Landing>;
  let kept: string;
  let lost: string;
  let previousHeading: Map<string, string | null>;
  let browser: Browser;
  let server: Server;
  let site: string;

  beforeAll(async () => {
    const input = corpusWith(['bottom-line-newsletter'], 'links-');
    rmSync(join(input, 'permalinks.json'), { force: true });
    const first = buildSite(input);
    before = recordUrls(first);
    // The section before the one the rule will remove, in the first build's reading order.
    const longReadUrl = [...before.entries()].find(([, l]) => l.file === LONG_READ && l.heading === null)![0];
    const headings = [...html(first, longReadUrl)!.matchAll(/<h2 id="[^"]+">(.*?)<\/h2>/gs)].map((m) => textOf(m[1]));
    previousHeading = new Map([[RULE_REMOVES, headings[headings.indexOf(RULE_REMOVES) - 1] ?? null]]);
    const noRecord = mkdtempSync(join(tmpdir(), 'links-norecord-'));
    cpSync(input, noRecord, { recursive: true });
    rmSync(join(noRecord, 'permalinks.json'));
    const rules = join(mkdtempSync(join(tmpdir(), 'links-rules-')), 'publishers.yaml');
    maintainersWeek(input, rules);
    maintainersWeek(noRecord, rules);
    kept = buildSite(input, { BRIEFINGS_RULES: rules });
    lost = buildSite(noRecord, { BRIEFINGS_RULES: rules });
    ({ url: site, server } = await serve(kept));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('records a useful set of URLs, including the sections the week changes', () => {
    expect(before.size).toBeGreaterThan(30);
    expect([...before.values()].map((l) => l.heading)).toEqual(expect.arrayContaining([FIXED_HEADING[0], RULE_REMOVES]));
  });

  it('after the week, every recorded URL lands on the same issue and the same section', () => {
    const wrong: string[] = [];
    for (const [url, was] of before) {
      const now = landing(kept, url);
      if (!now) wrong.push(`${url}: gone`);
      else if (!sameFile(was.file, now.file)) wrong.push(`${url}: issue of ${now.file}, was ${was.file}`);
      else if (was.heading !== null && now.heading !== expectedHeading(was, previousHeading)) wrong.push(`${url}: section "${now.heading}", was "${was.heading}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('without the permalink record the same week breaks links: the record is what keeps them', () => {
    const broken = [...before.entries()].filter(([url, was]) => {
      const now = landing(lost, url);
      return !now || !sameFile(was.file, now.file) || (was.heading !== null && now.heading !== expectedHeading(was, previousHeading));
    });
    expect(broken.length).toBeGreaterThan(10);
  });

  it('in a browser, old #section links open at the section, also through a merged-away issue id', async () => {
    const page = await browser.newPage();
    const anchors = [...before.entries()].filter(([url, was]) => url.includes('#') && [FIXED_HEADING[0], RULE_REMOVES].includes(was.heading ?? ''));
    const merged = [...before.entries()].find(([url, was]) => url.includes('#') && was.file.startsWith('bottom-line-newsletter--') && was.heading !== null && was.heading !== 'introduction');
    expect(anchors.length).toBe(2);
    expect(merged).toBeDefined();
    for (const [url, was] of [...anchors, merged!]) {
      await page.goto(new URL(url.slice(1), site).href);
      await page.waitForLoadState('load');
      const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const heading = await page.evaluate((id) => {
        const target = document.getElementById(id);
        const section = target?.closest('section.issue-section');
        return section?.querySelector('h2')?.textContent?.trim() ?? (target ? 'introduction' : null);
      }, hash);
      expect(heading, url).toBe(expectedHeading(was, previousHeading));
    }
    await page.close();
  });

  it('redirect pages carry noindex and a canonical link, work without JavaScript, and stay out of the sitemap', () => {
    const redirects = [...before.keys()].map((url) => url.split('#')[0]).filter((path) => /data-to=/.test(html(kept, path) ?? ''));
    expect(redirects.length).toBeGreaterThan(0);
    const sitemap = readdirSync(kept).filter((name) => name.startsWith('sitemap')).map((name) => readFileSync(join(kept, name), 'utf8')).join('');
    for (const path of redirects) {
      const page = html(kept, path)!;
      expect(page).toMatch(/<meta name="robots" content="noindex"/);
      expect(page).toMatch(/<link rel="canonical"/);
      expect(page).toMatch(/<meta http-equiv="refresh" content="0; url=/);
      expect(sitemap).not.toContain(path);
    }
  });
});
