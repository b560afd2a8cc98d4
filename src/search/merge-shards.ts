/**
 * Merges Pagefind shard bundles of one language into the single bundle Pagefind would have
 * written for all their pages in that order (shard after shard), so the search page loads one
 * index exactly as before: same ranking (BM25 over the whole archive, not per shard), filters,
 * sort, wasm downloaded once, and a first search no larger than an unsharded one.
 *
 * Pagefind 1.5.x's layout (every `.pf_*` file is gzip of `pagefind_dcd` + CBOR):
 * - meta `[version, pages, chunks, filters, sorts, metaFields]`: pages `[[fragment, wordCount]]`,
 *   chunks `[[from, to, hash]]` over the sorted words, filters `[[name, hash]]`, sorts
 *   `[[key, pages in order]]`;
 * - index chunk `[[word, postings, variants]]`, a posting `[page, locations, metaLocations]`
 *   whose page numbers are deltas from the previous posting; variants `[[form, postings]]`
 *   (accented forms), delta-coded on their own;
 * - filter `[name, [[value, pages]]]`, pages absolute;
 * - a fragment is the page's JSON, named `<lang>_` + the first 7 characters of its SHA-1, longer
 *   on a clash (each byte in hex without its leading zero, as Pagefind's `full_hash` writes it).
 * Words are chunked as Pagefind does (pagefind/src/index/mod.rs: a new chunk once 20,000
 * locations are in; neighbouring bounds cut to their shortest distinct prefixes).
 * The result is checked where a misreading would show: every shard's fragment names and sort
 * orders must come out as Pagefind gave them. tests/search/merge-shards.test.ts compares the
 * merge with Pagefind indexing all the pages at once, file by file.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { pf, readPf, stabilizePagefind, type Bundle } from './stabilize-pagefind';
import { encodeCbor as encode } from './cbor-bytes';
import { compareUtf8, mergeWords } from './merge-words';

const ENTRY = 'pagefind-entry.json';
const MAGIC = Buffer.from('pagefind_dcd');
const gzipAsync = promisify(gzip);
const CHUNK_GZIP_LEVEL = 6;

/** A shard bundle and each of its pages' sort keys, in the shard's page order. */
export interface ShardBundle {
  key: string;
  bundle: Bundle;
  sortValues: Record<string, string>[];
}

type Meta = [version: string, pages: [string, number][], chunks: [string, string, string][], filters: [string, string][], sorts: [string, number[]][], metaFields: string[]];
interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
  include_characters?: string[];
}

/** The merged, stabilised bundle of `shards` (all of `language`, at least one). */
export async function mergeShards(language: string, shards: ShardBundle[]): Promise<Bundle> {
  if (shards.length === 0) throw new Error(`mergeShards: no shards to merge for ${language}`);
  const out: Bundle = new Map();
  const first = readEntry(shards[0], language);
  // Scripts and wasm are the same in every shard (one Pagefind); take the first's.
  for (const [path, bytes] of shards[0].bundle) if (!/^(fragment|index|filter)\/|\.pf_meta$/.test(path) && path !== ENTRY) out.set(path, bytes);

  const metas = shards.map((shard) => {
    const meta = readPf(shard.bundle, `pagefind.${readEntry(shard, language).hash}.pf_meta`) as Meta;
    if (meta[1].length !== shard.sortValues.length) throw new Error(`search shard ${shard.key}: Pagefind indexed ${meta[1].length} pages, ${shard.sortValues.length} were sent`);
    return meta;
  });
  const offsets = metas.map((_, i) => metas.slice(0, i).reduce((sum, meta) => sum + meta[1].length, 0));

  const pages = mergeFragments(language, shards, metas, out);
  const chunks = await writeChunks(language, shards, metas, offsets, out);
  const filters = mergeFilters(language, shards, metas, offsets, out);
  const sorts = mergeSorts(shards, metas, offsets);
  const metaFields = [...new Set(metas.flatMap((meta) => meta[5]))].sort(compareUtf8);

  const body = encode([first.version, pages, chunks, filters, sorts, metaFields]);
  // The stabiliser names the meta and filter files by their content, as for any bundle.
  const metaHash = `${language}_merged`;
  out.set(`pagefind.${metaHash}.pf_meta`, pf(body));
  const entry: Entry = { version: first.version, languages: { [language]: { hash: metaHash, wasm: first.languages[language].wasm, page_count: pages.length } } };
  if (first.include_characters) entry.include_characters = first.include_characters;
  out.set(ENTRY, Buffer.from(JSON.stringify(entry)));
  return stabilizePagefind(out);
}

function readEntry(shard: ShardBundle, language: string): Entry & { hash: string } {
  const bytes = shard.bundle.get(ENTRY);
  if (!bytes) throw new Error(`search shard ${shard.key} has no ${ENTRY}`);
  const entry = JSON.parse(Buffer.from(bytes).toString('utf8')) as Entry;
  if (!entry.version.startsWith('1.5.')) throw new Error(`mergeShards knows Pagefind 1.5.x's file layout, not ${entry.version}; check the layout before upgrading.`);
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1 || languages[0] !== language) throw new Error(`search shard ${shard.key} holds languages [${languages.join(', ')}], expected only ${language}`);
  return { ...entry, hash: entry.languages[language].hash };
}

/** Copies every page's fragment, named as Pagefind names it in the merged page order; returns the meta's page list. */
function mergeFragments(language: string, shards: ShardBundle[], metas: Meta[], out: Bundle): [string, number][] {
  const taken = new Map<string, string>();
  const pages: [string, number][] = [];
  shards.forEach((shard, s) => {
    for (const [name, wordCount] of metas[s][1]) {
      const bytes = shard.bundle.get(`fragment/${name}.pf_fragment`);
      if (!bytes) throw new Error(`search shard ${shard.key} has no fragment ${name}`);
      const full = `${language}_${pagefindHash(gunzipSync(bytes).subarray(MAGIC.length))}`;
      if (!full.startsWith(name)) throw new Error(`search shard ${shard.key}: fragment ${name} is not named by the SHA-1 of its content; Pagefind's naming has changed`);
      let length = language.length + 1 + 7;
      while (taken.has(full.slice(0, length)) && taken.get(full.slice(0, length)) !== full && length < full.length) length++;
      const merged = full.slice(0, length);
      taken.set(merged, full);
      out.set(`fragment/${merged}.pf_fragment`, bytes);
      pages.push([merged, wordCount]);
    }
  });
  return pages;
}

/** Writes the merged index chunks; returns the meta's chunk list. */
async function writeChunks(language: string, shards: ShardBundle[], metas: Meta[], offsets: number[], out: Bundle): Promise<[string, string, string][]> {
  const chunks = mergeWords(
    shards.map((shard, s) => ({
      offset: offsets[s],
      chunks: metas[s][2].map(([, , hash]) => {
        const bytes = shard.bundle.get(`index/${hash}.pf_index`);
        if (!bytes) throw new Error(`search shard ${shard.key} has no index chunk ${hash}`);
        return gunzipSync(bytes).subarray(MAGIC.length);
      }),
    })),
  );
  const bounds = chunks.map(({ from, to }): [string, string] => [from, to]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [to, from] = distinctPrefixes(bounds[i][1], bounds[i + 1][0]);
    // A cut that would end a chunk before it starts (or start one after it ends) is not made.
    if (compareUtf8(to, bounds[i][0]) >= 0) bounds[i][1] = to;
    if (compareUtf8(from, bounds[i + 1][1]) <= 0) bounds[i + 1][0] = from;
  }
  const taken = new Set<string>();
  // Compressed on libuv's threads, several at once. Level 6, not Pagefind's 9: at 10,000 pages
  // level 9 was 2.3 s of a 4.2 s one-added index, level 6 is 1.3 s, for chunks 1% larger (a
  // first search measured 275 kB either way).
  return Promise.all(
    chunks.map(async ({ body }, i): Promise<[string, string, string]> => {
      const hash = shortName(language, body, taken);
      out.set(`index/${hash}.pf_index`, await gzipAsync(Buffer.concat([MAGIC, body]), { level: CHUNK_GZIP_LEVEL }));
      return [bounds[i][0], bounds[i][1], hash];
    }),
  );
}

/** Pagefind's `get_prefixes`: each bound cut to one character past their common prefix. */
function distinctPrefixes(a: string, b: string): [string, string] {
  const ca = [...a];
  const cb = [...b];
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/** Writes the filters with their pages in merged numbers; returns the meta's filter list (named for now, the stabiliser renames). */
function mergeFilters(language: string, shards: ShardBundle[], metas: Meta[], offsets: number[], out: Bundle): [string, string][] {
  const filters = new Map<string, Map<string, number[]>>();
  shards.forEach((shard, s) => {
    for (const [name, hash] of metas[s][3]) {
      const [, values] = readPf(shard.bundle, `filter/${hash}.pf_filter`) as [string, [string, number[]][]];
      const merged = filters.get(name) ?? new Map<string, number[]>();
      filters.set(name, merged);
      for (const [value, pages] of values) {
        const into = merged.get(value) ?? [];
        merged.set(value, into);
        for (const page of pages) into.push(page + offsets[s]);
      }
    }
  });
  return [...filters.keys()].sort(compareUtf8).map((name, i) => {
    const values = [...filters.get(name)!.entries()].map(([value, pages]): [string, number[]] => [value, pages.sort((a, b) => a - b)]);
    const hash = `${language}_filter${i}`;
    out.set(`filter/${hash}.pf_filter`, pf(encode([name, values])));
    return [name, hash];
  });
}

/**
 * Each sort key's merged order, from the pages' own values, by Pagefind's rule: numbers if
 * every value is one, else strings; a stable sort, so equal values keep page order.
 */
function mergeSorts(shards: ShardBundle[], metas: Meta[], offsets: number[]): [string, number[]][] {
  const keys = [...new Set(metas.flatMap((meta) => meta[4].map(([key]) => key)))].sort(compareUtf8);
  return keys.map((key): [string, number[]] => {
    const pages = shards.flatMap((shard, s) => shard.sortValues.flatMap((values, i) => (key in values ? [{ page: offsets[s] + i, value: values[key] }] : [])));
    const numeric = pages.every(({ value }) => NUMBER.test(value));
    const order = numeric
      ? [...pages].sort((a, b) => Math.fround(Number(a.value)) - Math.fround(Number(b.value)))
      : [...pages].sort((a, b) => compareUtf8(a.value, b.value));
    const merged = order.map(({ page }) => page);
    // Each shard's part of the merged order must be the order Pagefind gave that shard.
    shards.forEach((shard, s) => {
      const own = metas[s][4].find(([name]) => name === key)?.[1] ?? [];
      const end = offsets[s] + shard.sortValues.length;
      const part = merged.filter((page) => page >= offsets[s] && page < end).map((page) => page - offsets[s]);
      if (part.join() !== own.join()) throw new Error(`search shard ${shard.key}: its "${key}" order does not match the pages' data-pagefind-sort values; the shard merge cannot order the archive by ${key}`);
    });
    return [key, merged];
  });
}

/** What Pagefind parses as a number sort value (an integer or a decimal). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** SHA-1 as Pagefind's `full_hash` writes it: each byte in hex, without a leading zero. */
function pagefindHash(bytes: Uint8Array): string {
  return [...createHash('sha1').update(bytes).digest()].map((byte) => byte.toString(16)).join('');
}

/** `<lang>_<first 7 characters of the hash>`, lengthened on a clash (Pagefind's rule for chunks). */
function shortName(language: string, body: Uint8Array, taken: Set<string>): string {
  const full = `${language}_${pagefindHash(body)}`;
  let length = language.length + 1 + 7;
  while (taken.has(full.slice(0, length)) && length < full.length) length++;
  taken.add(full.slice(0, length));
  return full.slice(0, length);
}
