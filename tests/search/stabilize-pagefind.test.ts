/** The Pagefind bundle stabiliser: hash-map order in, one canonical bundle out. */
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { stabilizePagefind, type Bundle } from '../../src/search/stabilize-pagefind';

const MAGIC = Buffer.from('pagefind_dcd');
const pf = (value: unknown) => gzipSync(Buffer.concat([MAGIC, encode(value)]));
const unpf = (bytes: Uint8Array | undefined) => decode(gunzipSync(bytes!).subarray(MAGIC.length));

/** A bundle shaped like Pagefind 1.5's, its maps written in the given orders. */
function bundle(publisherValues: [string, number[]][], filterOrder: string[], languageOrder: string[]): Bundle {
  const filters: Record<string, unknown> = {
    publisher: ['publisher', publisherValues],
    year: ['year', [['2026', [0, 1]]]],
  };
  const files: Bundle = new Map();
  const refs = filterOrder.map((name, i) => {
    files.set(`filter/en_f${i}${name}.pf_filter`, pf(filters[name]));
    return [name, `en_f${i}${name}`];
  });
  files.set('pagefind.en_meta.pf_meta', pf(['1.5.2', [['en_p0', 10], ['en_p1', 12]], [['a', 'z', 'en_i0']], refs, [['date', [1, 0]]], ['title']]));
  files.set('pagefind.zh_meta.pf_meta', pf(['1.5.2', [], [], [], [], []]));
  const languages = Object.fromEntries(languageOrder.map((lang) => [lang, { hash: `${lang}_meta`, wasm: lang, page_count: 1 }]));
  files.set('pagefind-entry.json', Buffer.from(JSON.stringify({ version: '1.5.2', languages })));
  files.set('fragment/en_p0.pf_fragment', Buffer.from('unchanged'));
  return files;
}

const sorted = (files: Bundle) => [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]);

describe('stabilizePagefind', () => {
  it('gives one bundle whatever order the maps were written in', () => {
    const a = stabilizePagefind(bundle([['Kreab', [0]], ['Amnesty', [1]]], ['publisher', 'year'], ['en', 'zh']));
    const b = stabilizePagefind(bundle([['Amnesty', [1]], ['Kreab', [0]]], ['year', 'publisher'], ['zh', 'en']));
    expect(sorted(a)).toEqual(sorted(b));
  });

  it('sorts filter values and filters, renames by SHA-1 of the body, and leaves other files alone', () => {
    const out = stabilizePagefind(bundle([['Kreab', [0]], ['Amnesty', [1]]], ['year', 'publisher'], ['en', 'zh']));
    const entry = JSON.parse(Buffer.from(out.get('pagefind-entry.json')!).toString());
    expect(Object.keys(entry.languages)).toEqual(['en', 'zh']);
    const meta = unpf(out.get(`pagefind.${entry.languages.en.hash}.pf_meta`)) as unknown[];
    const refs = meta[3] as [string, string][];
    expect(refs.map(([name]) => name)).toEqual(['publisher', 'year']);
    expect(unpf(out.get(`filter/${refs[0][1]}.pf_filter`))).toEqual(['publisher', [['Amnesty', [1]], ['Kreab', [0]]]]);
    expect(refs[0][1]).toMatch(/^en_[0-9a-f]{7}$/);
    expect(entry.languages.en.hash).toMatch(/^en_[0-9a-f]{10}$/);
    expect([...out.keys()].filter((path) => path.startsWith('filter/'))).toHaveLength(2);
    expect(Buffer.from(out.get('fragment/en_p0.pf_fragment')!).toString()).toBe('unchanged');
  });

  it('is idempotent', () => {
    const once = stabilizePagefind(bundle([['Kreab', [0]], ['Amnesty', [1]]], ['year', 'publisher'], ['zh', 'en']));
    expect(sorted(stabilizePagefind(once))).toEqual(sorted(once));
  });

  it('refuses a Pagefind version whose layout it has not been checked against', () => {
    const files = bundle([], ['year'], ['en']);
    files.set('pagefind-entry.json', Buffer.from(JSON.stringify({ version: '2.0.0', languages: {} })));
    expect(() => stabilizePagefind(files)).toThrow(/1\.5\.x.*not 2\.0\.0/);
  });
});
