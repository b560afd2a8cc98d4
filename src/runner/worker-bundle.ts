import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The project's own cache folder (node_modules/.cache, as other tools use). */
const CACHE = join(ROOT, 'node_modules', '.cache', 'briefing-archive');
const MANIFEST = join(CACHE, 'ingest-worker.json');
const ENTRY = 'src/runner/ingest-worker.ts';

/** What the last bundle was made from: its input files (relative to the root) and their digest. */
interface Manifest {
  file: string;
  inputs: string[];
  digest: string;
}

/**
 * The worker's code as one plain JavaScript file, made with esbuild from the TypeScript
 * sources and the packages they use. A worker that loaded the sources through tsx spent 0.7 s
 * starting (a loader thread of its own, every module transformed on its way in), and one that
 * imported the packages from node_modules 0.2 s (date-fns alone is hundreds of modules); this
 * one starts in 0.07 s. The bundle is made again only when one of its inputs changed: their
 * digest is checked against the manifest of the last one. Resolves to null without esbuild.
 */
export async function workerBundle(): Promise<string | null> {
  const last = readManifest();
  if (last && existsSync(join(CACHE, last.file)) && digestOf(last.inputs) === last.digest) return join(CACHE, last.file);
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // CommonJS packages inside an ES module bundle need a `require` of their own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const code = result.outputFiles[0].text;
  const inputs = Object.keys(result.metafile.inputs).sort();
  const manifest: Manifest = { file: `ingest-worker-${digestOfText(code)}.mjs`, inputs, digest: digestOf(inputs) };
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE)) if (/^ingest-worker-.*\.mjs$/.test(old) && old !== manifest.file) rmSync(join(CACHE, old), { force: true });
  writeAtomically(join(CACHE, manifest.file), code);
  writeAtomically(MANIFEST, JSON.stringify(manifest));
  return join(CACHE, manifest.file);
}

function readManifest(): Manifest | null {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** Digest of the named files' contents; a missing file changes it too. */
function digestOf(inputs: string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    hash.update(input).update('\0');
    try {
      hash.update(readFileSync(join(ROOT, input)));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

function digestOfText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Written beside and renamed into place, so a process starting at the same time never reads half a file. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
