/**
 * Makes a Pagefind bundle byte-identical across builds of the same pages.
 *
 * Pagefind 1.5 writes each filter's values, the list of filters in a language's `pf_meta`,
 * and the languages in `pagefind-entry.json` in hash-map order, which changes from run to run
 * (upstream carries `TODO: Change filter indexes to BTree to give them a stable hash` in
 * pagefind/src/index/mod.rs). Everything else it writes is already stable. This rewrites just
 * those things in sorted order and renames the files by Pagefind's own rule (SHA-1 of the CBOR
 * body), so the bundle is exactly what Pagefind would write if its maps were ordered.
 *
 * File layout (Pagefind 1.5.x): every `.pf_*` file is gzip of `pagefind_dcd` + CBOR. The meta
 * index is `[version, pages, indexChunks, filters, sorts, metaFields]`, `filters` being
 * `[[name, hash], …]`; a filter file is `[name, [[value, pages], …]]`.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** A bundle as relative path → bytes (what Pagefind's `getFiles()` returns). */
export type Bundle = Map<string, Uint8Array>;

const MAGIC = Buffer.from('pagefind_dcd');
const ENTRY = 'pagefind-entry.json';
const FILTERS = 3;

type FilterRef = [name: string, hash: string];
type FilterFile = [name: string, values: [value: string, pages: number[]][]];
interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** Returns `bundle` with its filter files and meta indexes in a stable order. */
export function stabilizePagefind(bundle: Bundle): Bundle {
  const out = new Map(bundle);
  const entry = JSON.parse(text(out, ENTRY)) as Entry;
  if (!entry.version.startsWith('1.5.')) {
    throw new Error(`stabilizePagefind knows Pagefind 1.5.x's file layout, not ${entry.version}; check the layout before upgrading.`);
  }
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${info.hash}.pf_meta`;
    const meta = readPf(out, metaPath) as unknown[];
    const taken = new Set<string>();
    const filters = (meta[FILTERS] as FilterRef[]).map(([name, hash]): FilterRef => {
      const path = `filter/${hash}.pf_filter`;
      const [filterName, values] = readPf(out, path) as FilterFile;
      values.sort(([a], [b]) => compare(a, b));
      const body = encode([filterName, values]);
      const stableHash = shortHash(lang, body, 7, taken);
      out.delete(path);
      out.set(`filter/${stableHash}.pf_filter`, pf(body));
      return [name, stableHash];
    });
    meta[FILTERS] = filters.sort(([a], [b]) => compare(a, b));
    const body = encode(meta);
    info.hash = shortHash(lang, body, 10, new Set());
    out.delete(metaPath);
    out.set(`pagefind.${info.hash}.pf_meta`, pf(body));
  }
  // The languages map is written in hash-map order too.
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => compare(a, b)));
  out.set(ENTRY, Buffer.from(JSON.stringify(entry)));
  return out;
}

/** Code-point order, independent of locale. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `<lang>_<first n hex of SHA-1>`, lengthened on a clash as Pagefind does. */
function shortHash(lang: string, body: Uint8Array, length: number, taken: Set<string>): string {
  const hex = createHash('sha1').update(body).digest('hex');
  let n = length;
  while (taken.has(`${lang}_${hex.slice(0, n)}`) && n < hex.length) n++;
  const hash = `${lang}_${hex.slice(0, n)}`;
  taken.add(hash);
  return hash;
}

function text(bundle: Bundle, path: string): string {
  const bytes = bundle.get(path);
  if (!bytes) throw new Error(`The Pagefind bundle has no ${path}`);
  return Buffer.from(bytes).toString('utf8');
}

/** The decoded CBOR body of the Pagefind data file at `path`. */
export function readPf(bundle: Bundle, path: string): unknown {
  const bytes = bundle.get(path);
  if (!bytes) throw new Error(`The Pagefind bundle has no ${path}`);
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${path} is not a Pagefind data file`);
  return decode(raw.subarray(MAGIC.length));
}

/** Node's gzip header carries no timestamp, so the same body always gives the same bytes. */
export const pf = (body: Uint8Array): Uint8Array => gzipSync(Buffer.concat([MAGIC, body]), { level: 9 });
