/**
 * Incremental builds: a build into a folder that already holds the last build renders only the
 * pages whose content changed, keeps the others' files untouched, removes the pages that are
 * gone, and ends byte-identical to a cold build of the same input (the permalink record
 * included, as it is committed with the briefings).
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusWith, fixtureDir } from '../helpers/pipeline';
import { buildSiteWithLog, projectTempDir } from '../helpers/site';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** The files of `a` and `b` that differ, or exist in only one of them. */
function differences(a: string, b: string): string[] {
  const inA = listFiles(a);
  const inB = new Set(listFiles(b));
  const onlyA = inA.filter((file) => !inB.has(file));
  const onlyB = [...inB].filter((file) => !inA.includes(file));
  const differing = inA.filter((file) => inB.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
  return [...onlyA.map((f) => `only in incremental: ${f}`), ...onlyB.map((f) => `only in cold: ${f}`), ...differing.map((f) => `differs: ${f}`)];
}

/** "N pages rendered, M unchanged" from the build's summary line. */
function counts(log: string): { rendered: number; unchanged: number } {
  const match = /(\d+) pages rendered, (\d+) unchanged/.exec(log);
  if (!match) throw new Error(`no summary line in the build's output:\n${log}`);
  return { rendered: Number(match[1]), unchanged: Number(match[2]) };
}

const copyOf = (dir: string) => {
  const copy = mkdtempSync(join(tmpdir(), 'incremental-cold-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
};

const TWO_PROCESSES = { BUILD_PROCESSES: '2' };
let input: string;
let site: string;
let first: { rendered: number; unchanged: number };
let second: { rendered: number; unchanged: number };
let untouchedPage: { file: string; mtimeMs: number };
let removedIssuePage: string;

beforeAll(() => {
  input = corpusWith(['bottom-line-newsletter', 'numbered-items-newsletter', 'search-dated-series', 'bilingual-en-zh'], 'incremental-');
  site = projectTempDir('incremental-site-');
  // Two Astro processes render here, one in the cold builds it is compared with.
  first = counts(buildSiteWithLog(input, TWO_PROCESSES, site).log);

  const published = JSON.parse(readFileSync(join(site, 'issues.json'), 'utf8')) as { issues: { id: string; sources: { file: string }[]; date: string | null }[] };
  const byFile = (name: string) => published.issues.find((issue) => issue.sources.some((source) => source.file.endsWith(name)))!;
  // An issue far from the changes keeps its page's file as it was.
  const quiet = byFile('2025-01-15-desalination-aqaba.txt');
  untouchedPage = { file: join(site, 'issues', quiet.id, 'index.html'), mtimeMs: statSync(join(site, 'issues', quiet.id, 'index.html')).mtimeMs };
  removedIssuePage = join('issues', byFile('2025-08-15-desalination-chennai.txt').id, 'index.html');

  // Add one briefing, edit one, remove one.
  cpSync(join(fixtureDir('byline-in-city'), 'input', 'input.txt'), join(input, 'added--byline-in-city.txt'));
  appendFileSync(join(input, 'search-dated-series--2025-11-15-desalination-gran-canaria.txt'), '\nOne more paragraph, added later: the plant will also supply the island\'s farms with water from next year.\n');
  rmSync(join(input, 'search-dated-series--2025-08-15-desalination-chennai.txt'));
  second = counts(buildSiteWithLog(input, TWO_PROCESSES, site).log);
}, 300_000);

describe('an incremental build', () => {
  it('renders every page the first time and only the changed ones the second', () => {
    expect(first.unchanged).toBe(0);
    expect(second.rendered).toBeGreaterThan(0);
    expect(second.unchanged).toBeGreaterThan(second.rendered);
  });

  it('leaves an unchanged page file untouched', () => {
    expect(statSync(untouchedPage.file).mtimeMs).toBe(untouchedPage.mtimeMs);
  });

  it('removes the page of a briefing that is gone', () => {
    expect(listFiles(site)).not.toContain(removedIssuePage);
  });

  it('gives the same bytes as a cold build of the same input, search index and sitemap included', () => {
    const cold = buildSiteWithLog(copyOf(input)).outDir;
    expect(differences(site, cold)).toEqual([]);
  }, 300_000);

  it('renders every page again when a setting every page shows changes, still equal to a cold build', () => {
    const env = { SITE_URL: 'https://archive.example.net' };
    const rebuilt = counts(buildSiteWithLog(input, { ...env, ...TWO_PROCESSES }, site).log);
    expect(rebuilt.unchanged).toBe(0);
    const cold = buildSiteWithLog(copyOf(input), env).outDir;
    expect(differences(site, cold)).toEqual([]);
  }, 300_000);
});
