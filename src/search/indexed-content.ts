/**
 * What Pagefind reads of an issue page: its `<article data-pagefind-body>` element (the page's
 * whole search contract, src/layouts/IssueLayout.astro: text, meta, filters and the sort key).
 * A shard's digest is made of this, each page's URL and the shard's language, not of the whole
 * page: a neighbour's title in the prev/next pager, outside the article, changes many pages
 * without changing what they index. tests/search/indexed-content.test.ts holds Pagefind to it
 * (indexing the article alone gives the same bundle as indexing the page).
 */
import { createHash } from 'node:crypto';

const BODY_OPEN = /<article\b[^>]*?\sdata-pagefind-body(?=[\s>=/])[^>]*>/;
const ARTICLE_TAG = /<(\/?)article\b[^>]*>/g;
const SORT_ATTRIBUTE = /\sdata-pagefind-sort="([^"]*)"/g;

/** The page's `<article data-pagefind-body>` element, as written (nested articles included). */
export function pagefindBody(html: string, file: string): string {
  const open = BODY_OPEN.exec(html);
  if (!open) throw new Error(`${file} has no <article data-pagefind-body>: the issue page's search contract (src/layouts/IssueLayout.astro) has changed, so the search index cannot say what the page indexes.`);
  let depth = 0;
  ARTICLE_TAG.lastIndex = open.index;
  for (let tag = ARTICLE_TAG.exec(html); tag; tag = ARTICLE_TAG.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index, tag.index + tag[0].length);
  }
  throw new Error(`${file}: the <article data-pagefind-body> element is not closed.`);
}

/**
 * The page's sort keys (`data-pagefind-sort="key:value"` inside the article), which the shard
 * merge needs to interleave the shards' sorted lists. Only the inline `key:value` form is used
 * by the site; any other is refused rather than guessed.
 */
export function sortValues(body: string, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [, raw] of body.matchAll(SORT_ATTRIBUTE)) {
    const text = decodeEntities(raw);
    const colon = text.indexOf(':');
    if (colon <= 0) throw new Error(`${file}: data-pagefind-sort="${text}" has no inline value; the search index's shard merge reads sort keys only as "key:value".`);
    values[text.slice(0, colon).trim()] = text.slice(colon + 1).trim();
  }
  return values;
}

/** The character references Astro writes in attribute values. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|lt|gt|apos));/gi, (_, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" }[name.toLowerCase()]!;
  });
}

/** One page as it enters a shard's digest. */
export interface IndexedContent {
  url: string;
  body: string;
}

/** The digest of what a shard indexes: `scheme` (the index format), its language, and each page's URL and article, in order. */
export function shardDigest(scheme: string, language: string, pages: IndexedContent[]): string {
  const hash = createHash('sha256');
  // Lengths first, so no two different inputs can run together into the same bytes.
  for (const part of [scheme, language, ...pages.flatMap((page) => [page.url, page.body])]) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest('hex');
}
