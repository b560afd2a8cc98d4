/**
 * Nothing private is published. The corpus in tests/fixtures/private-mail/ has two forwards of
 * one newsletter (a Gmail and an Outlook forward, so one is merged into the other and its id
 * redirects) and a pasted web page, full of forward headers, personal addresses, unsubscribe
 * links with tokens, utm and click-id parameters and click-tracking redirect wrappers. It is
 * built in full with the default settings, and every file of dist/ is searched: HTML, JSON,
 * RSS, sitemaps, robots.txt and every Pagefind file decompressed. The same build shows the
 * default indexing setting (robots.txt disallows, every page `noindex`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, ROOT } from '../helpers/pipeline';
import { buildSite } from '../helpers/site';
import { pageFiles, robotsNoindex, sitemapPaths } from './published-pages';

const INPUT = join(FIXTURES_DIR, 'private-mail', 'input');

/** What must never be published: forward senders' and recipients' addresses and names, personal addresses, tokens, tracking parameters. */
const PRIVATE = [
  'desk@harbour-brief-example.com',
  'm.ostrander@coastal-ministry-example.gov',
  'policy-unit@coastal-ministry-example.gov',
  'ignatius.paltrow@northgate-advisory-example.co.uk',
  'research.desk@northgate-advisory-example.co.uk',
  'w.achterberg@northgate-advisory-example.co.uk',
  'o.okafor-lindqvist@tradedesk-daily-example.com',
  // Names that appear only in forward headers.
  'Ignatius Paltrow',
  'Wilhelmina Achterberg',
  // Per-recipient tokens and ids.
  'ZX3kq81Lw0',
  '9a8b7c6d5e4f',
  '1122aabbcc',
  'tk_55Q9wPaltrowZr2',
  'subscriber_id',
  'Qm9ndXNUb2tlbi1Pc3RyYW5kZXI',
  'upn=',
  'Pz8ySafeLinkSig0309',
  '7c1d9e42ab',
  'IwAR3xTrackMe09',
  'Cj0KCQiwSecret',
  // Tracking parameters, services and the campaign id.
  'utm_',
  'mc_eid',
  'fbclid',
  'gclid',
  'hb-0309',
  'list-manage',
  'safelinks',
  'click.harbour-mail-example.com',
];

/** Each text form a string may take in a file: as written, lowercased (slugs), percent-encoded, and with `@` dropped (slugs of addresses). */
function forms(secret: string): string[] {
  const lower = secret.toLowerCase();
  return [...new Set([lower, encodeURIComponent(lower), lower.replace('@', '%40'), lower.replace(/[@.]/g, ''), lower.replace(/\s+/g, '-')])];
}

let outDir: string;
/** Every file of dist/ as text, Pagefind's gzip files decompressed. */
let files: { path: string; text: string }[];

function readAll(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return readAll(path);
    const bytes = readFileSync(path);
    // Pagefind's fragments, index chunks, filters and metadata are gzip files ("pagefind_dcd" + data inside).
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    return [{ path: relative(outDir, path), text: (gzip ? gunzipSync(bytes) : bytes).toString('utf8') }];
  });
}

beforeAll(() => {
  outDir = buildSite(INPUT, { SITE_INDEXING: '' });
  files = readAll(outDir);
});

describe('a build of forwarded e-mails and pasted pages', () => {
  it('has every kind of published file, the search index decompressed', () => {
    const paths = files.map((file) => file.path);
    for (const kind of [/^index\.html$/, /^issues\/[^/]+\/index\.html$/, /^issues\/[^/]+\/[^/]+\/index\.html$/, /^issues\.json$/, /^rss\.xml$/, /^sitemap-0\.xml$/, /^robots\.txt$/, /^pagefind\/fragment\//, /^pagefind\/index\//]) {
      expect(paths.some((path) => kind.test(path)), String(kind)).toBe(true);
    }
    const fragments = files.filter((file) => /^pagefind[^/]*\/fragment\//.test(file.path));
    for (const fragment of fragments) expect(fragment.text.startsWith('pagefind_dcd')).toBe(true);
    // The search index did index the briefings' text.
    expect(fragments.some((fragment) => fragment.text.includes('Container throughput'))).toBe(true);
  });

  it('publishes none of the addresses, names of forward headers, tokens or tracking parameters', () => {
    const found = PRIVATE.flatMap((secret) => files.filter((file) => forms(secret).some((form) => file.text.toLowerCase().includes(form))).map((file) => `${secret} in ${file.path}`));
    expect(found).toEqual([]);
  });

  it('keeps the publishers’ own contact addresses and the cleaned links', () => {
    const json = files.find((file) => file.path === 'issues.json')!.text;
    expect(json).toContain('press@harbour-brief-example.com');
    expect(json).toContain('https://www.harbour-brief-example.com/data/ports-week-10');
    expect(json).toContain('https://www.tradedesk-daily-example.com/policy/ev-subsidy-notice?page=2');
  });

  it('tells readers how much was left out, in words and counts, never what', () => {
    const page = files.find((file) => /^issues\/2026-03-09-harbour-brief-[a-z0-9-]+\/index\.html$/.test(file.path) && file.text.includes('data-pagefind-body'))!;
    expect(page.text).toMatch(/\d+ lines of e-mail forward header/);
    expect(page.text).toContain('were left out.');
    expect(page.text).not.toContain('Forwarded message');
    const issues = JSON.parse(files.find((file) => file.path === 'issues.json')!.text).issues;
    for (const issue of issues) {
      expect(issue).not.toHaveProperty('removed');
      expect(issue.leftOut.length).toBeGreaterThan(0);
    }
  });

  it('keeps the removed lines, verbatim, in the maintainer’s ingest JSON', () => {
    const report = join(mkdtempSync(join(tmpdir(), 'private-mail-')), 'report.json');
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', '--input', INPUT, '--json', report], { cwd: ROOT, stdio: 'pipe' });
    const removed: string[] = JSON.parse(readFileSync(report, 'utf8')).issues.flatMap((issue: { removed: { text: string }[] }) => issue.removed.map((line) => line.text));
    // The canonical copy of the Harbour Brief is the Outlook forward: its own header and footer lines.
    expect(removed).toContain('To: Research Desk <research.desk@northgate-advisory-example.co.uk>; Wilhelmina Achterberg <w.achterberg@northgate-advisory-example.co.uk>');
    expect(removed.some((line) => line.startsWith('Manage your subscription: https://harbour-brief-example.com/account/manage-subscription?token='))).toBe(true);
    expect(removed).toContain('Share | Facebook | Twitter | LinkedIn | Email');
    expect(removed).toContain('For corrections, contact info@tradedesk-daily-example.com.');
  });
});

describe('the default indexing setting (off)', () => {
  it('asks every crawler to stay out and names no sitemap', () => {
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('marks every page noindex', () => {
    const pages = pageFiles(outDir);
    expect(pages.length).toBeGreaterThan(8);
    expect(pages.filter((page) => !robotsNoindex(join(outDir, page)))).toEqual([]);
  });

  it('leaves redirect and share pages out of the sitemap', () => {
    const paths = sitemapPaths(outDir);
    expect(paths).toContain('/');
    expect(paths.filter((path) => /^\/issues\/[^/]+\/$/.test(path))).toHaveLength(2);
    expect(paths.filter((path) => /^\/issues\/[^/]+\/[^/]+\/$/.test(path))).toEqual([]);
    expect(paths).not.toContain('/issues/2026-03-09-harbour-brief-b830f3/');
  });
});
