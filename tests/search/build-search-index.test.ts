/**
 * The incremental search index on a real built site (the sample corpus with a Chinese and a
 * bilingual briefing): only the shards whose pages' indexed content changed are indexed again,
 * and the bundles are byte-identical to a cold index of the same pages, after pages are added,
 * edited or removed, and whatever state the last run left (none, stale, corrupt, or a site
 * whose bundles were deleted). Each case works on its own copy of the site.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stabilizePagefind } from '../../src/search/stabilize-pagefind';
import { buildSearchIndex } from '../../src/search/build-search-index';
import { pagefindBody } from '../../src/search/indexed-content';
import { shardOf } from '../../src/search/shard-plan';
import { corpusWith } from '../helpers/pipeline';
import { coldSearchBundles, searchBundles } from '../helpers/search-bundles';
import { buildSite, projectTempDir } from '../helpers/site';
import { indexShardHtml } from './pagefind-html';

let built: string;
const quiet = { info: () => undefined };

interface Collection {
  issues: { id: string; searchLang: string }[];
}

beforeAll(() => {
  built = buildSite(corpusWith(['bilingual-en-zh', 'search-dated-series'], 'search-index-'));
});
afterAll(() => pagefind.close());

/** A copy of the built site to change, with an empty state folder. */
function copySite(): { site: string; state: string } {
  const site = projectTempDir('search-site-');
  cpSync(built, site, { recursive: true });
  return { site, state: projectTempDir('search-state-') };
}

const readCollection = (site: string) => JSON.parse(readFileSync(join(site, 'issues.json'), 'utf8')) as Collection;
const writeCollection = (site: string, collection: Collection) => writeFileSync(join(site, 'issues.json'), JSON.stringify(collection));
const keyOf = (issue: { id: string; searchLang: string }) => `${issue.searchLang === 'zh' ? 'zh' : 'en'}-${String(shardOf(issue.id)).padStart(2, '0')}`;
const pageFile = (site: string, id: string) => join(site, 'issues', id, 'index.html');

describe('buildSearchIndex', () => {
  it('indexes every shard cold, none when nothing changed, and writes the same bytes both times', async () => {
    const { site, state } = copySite();
    const first = await buildSearchIndex(site, quiet, { stateDir: state });
    const issues = readCollection(site).issues;
    expect(first.rebuilt).toEqual([...new Set(issues.map(keyOf))].sort());
    expect(first.pages.zh).toBeGreaterThan(0);
    expect(first.pages.en + first.pages.zh).toBe(issues.length);
    const bytes = searchBundles(site);
    const again = await buildSearchIndex(site, quiet, { stateDir: state });
    expect(again.rebuilt).toEqual([]);
    expect(searchBundles(site)).toEqual(bytes);
  });

  it('after issues are added, re-indexes only their shards and matches a cold index of the final pages', async () => {
    const { site, state } = copySite();
    const full = readCollection(site);
    const added = [full.issues.find((issue) => issue.searchLang === 'zh')!, full.issues.find((issue) => issue.searchLang !== 'zh')!];
    writeCollection(site, { ...full, issues: full.issues.filter((issue) => !added.includes(issue)) });
    await buildSearchIndex(site, quiet, { stateDir: state });
    writeCollection(site, full);
    const report = await buildSearchIndex(site, quiet, { stateDir: state });
    expect(report.rebuilt).toEqual([...new Set(added.map(keyOf))].sort());
    expect(searchBundles(site)).toEqual(await coldSearchBundles(site));
  });

  it('after issues are removed, re-indexes only their shards (an emptied shard is dropped) and matches a cold index', async () => {
    const { site, state } = copySite();
    await buildSearchIndex(site, quiet, { stateDir: state });
    const full = readCollection(site);
    const removed = full.issues.filter((issue) => issue.searchLang !== 'zh').slice(0, 2);
    writeCollection(site, { ...full, issues: full.issues.filter((issue) => !removed.includes(issue)) });
    const report = await buildSearchIndex(site, quiet, { stateDir: state });
    const remaining = new Set(readCollection(site).issues.map(keyOf));
    expect(report.rebuilt).toEqual([...new Set(removed.map(keyOf))].filter((key) => remaining.has(key)).sort());
    expect(readdirSync(state).sort()).toEqual([...remaining].map((key) => `${key}.cbor`).sort());
    expect(searchBundles(site)).toEqual(await coldSearchBundles(site));
  });

  it('an edit inside the article re-indexes its shard; one outside it (the prev/next pager) re-indexes nothing', async () => {
    const { site, state } = copySite();
    await buildSearchIndex(site, quiet, { stateDir: state });
    const issue = readCollection(site).issues.find((i) => i.searchLang !== 'zh')!;
    const html = readFileSync(pageFile(site, issue.id), 'utf8');
    const articleEnd = html.indexOf('</article>');
    // Outside: text after the article (where the pager is) changes.
    writeFileSync(pageFile(site, issue.id), `${html.slice(0, articleEnd + 10)}<p>a neighbour's new title</p>${html.slice(articleEnd + 10)}`);
    const before = searchBundles(site);
    expect((await buildSearchIndex(site, quiet, { stateDir: state })).rebuilt).toEqual([]);
    expect(searchBundles(site)).toEqual(before);
    // Inside: a word the archive has nowhere else.
    writeFileSync(pageFile(site, issue.id), `${html.slice(0, articleEnd)}<p>zanzibarite</p>${html.slice(articleEnd)}`);
    expect((await buildSearchIndex(site, quiet, { stateDir: state })).rebuilt).toEqual([keyOf(issue)]);
    expect(searchBundles(site)).not.toEqual(before);
    expect(searchBundles(site)).toEqual(await coldSearchBundles(site));
  });

  it('copes with a corrupt pack, a pack from other content, lost state and deleted bundles, ending byte-identical', async () => {
    const { site, state } = copySite();
    await buildSearchIndex(site, quiet, { stateDir: state });
    const expected = searchBundles(site);
    const [a, b, c] = readdirSync(state).sort();
    writeFileSync(join(state, a), 'not a pack');
    // `b` now holds `c`'s pack: a digest that is not `b`'s.
    cpSync(join(state, c), join(state, b));
    writeFileSync(join(state, 'en-99.cbor'), 'a shard the plan no longer has');
    writeFileSync(join(state, `${c}.123.tmp`), 'an interrupted write');
    rmSync(join(site, 'pagefind'), { recursive: true });
    writeFileSync(join(site, 'pagefind-zh', 'stray.txt'), 'left by hand');
    const report = await buildSearchIndex(site, quiet, { stateDir: state });
    expect(report.rebuilt).toEqual([a, b].map((name) => name.replace(/\.cbor$/, '')));
    expect(readdirSync(state).filter((name) => name === 'en-99.cbor' || name.endsWith('.tmp'))).toEqual([]);
    expect(searchBundles(site)).toEqual(expected);
    rmSync(state, { recursive: true });
    expect((await buildSearchIndex(site, quiet, { stateDir: state })).rebuilt.length).toBe(new Set(readCollection(site).issues.map(keyOf)).size);
    expect(searchBundles(site)).toEqual(expected);
  });

  it('the article is all Pagefind reads of an issue page: indexing the articles alone gives the same bundle', async () => {
    const issues = readCollection(built).issues.filter((issue) => issue.searchLang !== 'zh');
    const pages = issues.map((issue) => ({ url: `/issues/${issue.id}/`, html: readFileSync(pageFile(built, issue.id), 'utf8') }));
    const articles = pages.map((p) => ({ url: p.url, html: `<html><body>${pagefindBody(p.html, p.url)}</body></html>` }));
    const whole = await indexShardHtml('en', pages);
    expect(whole.size).toBeGreaterThan(issues.length);
    expect(stabilizePagefind(await indexShardHtml('en', articles))).toEqual(stabilizePagefind(whole));
  });

  it('names the page when an issue page has no <article data-pagefind-body>', async () => {
    const { site, state } = copySite();
    const issue = readCollection(site).issues[0];
    writeFileSync(pageFile(site, issue.id), readFileSync(pageFile(site, issue.id), 'utf8').replace(/data-pagefind-body/g, 'data-x'));
    await expect(buildSearchIndex(site, quiet, { stateDir: state })).rejects.toThrow(new RegExp(`issues/${issue.id}/index.html has no <article data-pagefind-body>`));
  });
});
