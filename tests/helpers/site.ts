import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { ROOT, RAW_DIR } from './pipeline';

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/**
 * A new folder inside the project (under node_modules/.cache/) for a test build's output or
 * cache. Astro 5 moves the project's generated .astro/ folder (left by `astro dev`) into an
 * `--outDir` that lies outside the project, so test sites are built inside it.
 */
export function projectTempDir(prefix: string): string {
  const parent = process.env.BRIEFINGS_TEST_BUILDS ?? join(ROOT, 'node_modules', '.cache', 'briefing-archive', 'test-builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/**
 * The environment a maintainer's shell would give `astro build`: without the variables Vitest
 * sets for itself (`BASE_URL=/` would override Astro's `base`, `NODE_ENV=test` its mode).
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

/**
 * Builds the site (Astro, which runs Pagefind as its last step) from `input` into a fresh folder,
 * or into `outDir` again (a rebuild, as a maintainer's next `npm run build`); returns the folder and Astro's log.
 */
export function buildSiteWithLog(input = RAW_DIR, env: Record<string, string> = {}, outDir = projectTempDir('site-')): { outDir: string; log: string } {
  const cacheDir = projectTempDir('astro-cache-');
  // A build writes its permalink record beside the briefings: keep it out of the repository's
  // own folders (the sample corpus, fixtures), which a test build must never change.
  const record = resolve(input).startsWith(`${ROOT}/`) ? { BRIEFINGS_PERMALINKS: join(projectTempDir('permalinks-'), 'permalinks.json') } : {};
  const fullEnv = { ...buildEnv(), BRIEFINGS_INPUT: input, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir, ...record, ...env };
  const log = execFileSync(bin('astro'), ['build', '--outDir', outDir], { cwd: ROOT, env: fullEnv, encoding: 'utf8', stdio: 'pipe' });
  return { outDir, log };
}

/** Builds the site from `input`; returns the output folder. */
export function buildSite(input = RAW_DIR, env: Record<string, string> = {}): string {
  return buildSiteWithLog(input, env).outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.wasm': 'application/wasm',
};

/** Serves a built site under `base` on a free loopback port, as a static host would. */
export async function serve(dir: string, base = '/'): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) return notFound();
    let file = join(dir, path.slice(base.length));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
    function notFound() {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${base}`, server };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Whether browser tests can run. In CI a missing browser is a failure; elsewhere the tests
 * skip with one loud line saying why.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`${message}; CI=true, so this is a failure.`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${message}.\n`);
  return false;
}
