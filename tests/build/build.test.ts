/**
 * The real build: `astro build` through the Content Layer loader, then Pagefind, from a folder
 * with the sample corpus plus bad files (which must not stop it).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { RAW_DIR } from '../helpers/pipeline';
import { buildSiteWithLog } from '../helpers/site';

let outDir: string;
let buildLog: string;

beforeAll(() => {
  const input = mkdtempSync(join(tmpdir(), 'build-input-'));
  cpSync(RAW_DIR, input, { recursive: true });
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  ({ outDir, log: buildLog } = buildSiteWithLog(input));
});

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

describe('npm run build', () => {
  it('builds a page for every issue and logs the rejected files', () => {
    const pages = readdirSync(join(outDir, 'issues'));
    const issuePages = pages.filter((dir) => read(`issues/${dir}/index.html`).includes('data-pagefind-body'));
    expect(issuePages).toHaveLength(4);
    // The fifth is the merged-away copy's id, redirecting to its issue.
    const alias = pages.find((dir) => !issuePages.includes(dir))!;
    expect(read(`issues/${alias}/index.html`)).toMatch(/http-equiv="refresh" content="0; url=\/issues\/2026-02-06-weekly-china-insight-[0-9a-f]{6}\/"/);
    expect(buildLog).toMatch(/✗ binary\.txt: file is a PNG image, not text/);
    expect(buildLog).toMatch(/✗ empty\.txt: file is empty/);
  });

  it('lists the newest dated issues on the home page, and the undated ones on their own page', () => {
    const home = read('index.html');
    expect(home).toContain('Weekly China Insight');
    expect(home).toContain('China unveils key measures for high-quality foreign trade growth in 2026');
    expect(home).toContain('href="/undated/"');
    const undated = read('undated/index.html');
    expect(undated).toContain('China Unveils 2026 Policy Framework to Drive Innovation and Trade');
    expect(undated.match(/href="\/issues\//g)).toHaveLength(2);
  });

  it('renders sections with anchor ids and takeaways set apart', () => {
    const dir = readdirSync(join(outDir, 'issues')).find((d) => d.includes('weekly-china-insight'))!;
    const html = read(`issues/${dir}/index.html`);
    expect(html).toContain('<h2 id="xi-and-trump-pledge-stability-in-a-rare-and-wide-ranging-call">');
    expect(html).toMatch(/<aside class="takeaways"[^>]*>.*The Xi-Trump call signals/s);
    expect(html).toContain('data-pagefind-body');
  });

  it('keeps junk and the appended article out of the pages', () => {
    const dir = readdirSync(join(outDir, 'issues')).find((d) => d.startsWith('2026-01-26'))!;
    // Not in the article readers read and search indexes, nor anywhere else on the page: "About
    // this copy" says how much was left out, and the lines stay in the ingest report.
    const page = read(`issues/${dir}/index.html`);
    for (const junk of ['Skip to Content', 'Recommended Articles', 'Paris Agreement', 'Last Updated At']) expect(page).not.toContain(junk);
    expect(page).toMatch(/\d+ lines of another article the page carried/);
  });

  it('writes the feed, sitemap, JSON collection and robots.txt', () => {
    expect(read('rss.xml')).toContain('<title>Weekly China Insight</title>');
    expect(read('sitemap-index.xml')).toContain('sitemap-0.xml');
    expect(JSON.parse(read('issues.json')).issues).toHaveLength(4);
    // Indexing is off by default: see tests/build/privacy.test.ts and indexing-on.test.ts.
    expect(read('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('ships a search index of the issues’ text only, with their filters', () => {
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    // Each fragment is gzip of "pagefind_dcd" + JSON: what a result shows and what was indexed.
    const fragmentsDir = join(outDir, 'pagefind', 'fragment');
    const fragments = readdirSync(fragmentsDir).map((file) => JSON.parse(gunzipSync(readFileSync(join(fragmentsDir, file))).subarray(12).toString('utf8')));
    expect(fragments).toHaveLength(4);
    const weekly = fragments.find((fragment) => fragment.meta.title === 'Weekly China Insight');
    expect(weekly.filters).toMatchObject({ publisher: ['Kreab'], month: ['2026-02'], week: ['2026-W06'], year: ['2026'] });
    // Page furniture (the print URL, hidden filter values, the meta line) is not indexed text.
    for (const fragment of fragments) expect(fragment.content).not.toMatch(/https?:\/\/|\d{4}-W\d{2}|Copy link/);
  });
});
