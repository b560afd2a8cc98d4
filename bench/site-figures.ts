import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Size of a folder, in bytes, recursively. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );
}

/**
 * Figures of a built site: pages written, dist and search-index size, and the bytes a first
 * search downloads. Pagefind loads its script, the WASM, the entry and the metadata file, then
 * one index chunk per query word and a fragment per shown result; we count the largest chunk
 * and five average fragments (an upper bound for a one-word query).
 */
export function siteFigures(dist: string) {
  const pages = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
  const pf = join(dist, 'pagefind');
  const size = (file: string) => statSync(join(pf, file)).size;
  const entry = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const language = Object.values(entry.languages)[0];
  const wasm = readdirSync(pf).find((f) => f.startsWith('wasm.') && f.endsWith('.pagefind'));
  const indexChunks = readdirSync(join(pf, 'index')).map((f) => statSync(join(pf, 'index', f)).size);
  const fragments = readdirSync(join(pf, 'fragment')).map((f) => statSync(join(pf, 'fragment', f)).size);
  const averageFragment = fragments.reduce((a, b) => a + b, 0) / Math.max(1, fragments.length);
  const firstQueryBytes =
    size('pagefind.js') + size('pagefind-entry.json') + (wasm ? size(wasm) : 0) + size(`pagefind.${language.hash}.pf_meta`) + Math.max(0, ...indexChunks) + 5 * averageFragment;
  return {
    pagesWritten: pages(dist),
    distMb: Math.round(folderBytes(dist) / 1e4) / 100,
    indexMb: Math.round(folderBytes(pf) / 1e4) / 100,
    firstQueryEstimateKb: Math.round(firstQueryBytes / 1024),
  };
}
