import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseRules } from '../pipeline';
import { EXTRACTION_REPORT, EXTRACTION_REPORT_ENV, extractionReport } from '../report';
import { ingestFolder, OutcomeCache, type FolderOptions } from '../runner';

/** Quiet time after the last change in the input folder before re-syncing. */
const WATCH_DEBOUNCE_MS = 150;

export interface BriefingsLoaderOptions {
  /** Folder of raw briefing files. */
  input: string;
  /** Publisher rules file (YAML). */
  rules: string;
  /** Largest raw file accepted, in bytes. */
  maxBytes: number;
  /** The permalink record, read and written as `npm run ingest` does; none in the tests. */
  permalinks?: string;
  /** Threads to parse with (default: one per core); the tests set it. */
  threads?: FolderOptions['threads'];
  /**
   * Where the extraction report of the latest sync goes (JSON, for `scripts/build.ts` to print
   * after the build): by default the file EXTRACTION_REPORT_ENV names (scripts/build.ts sets it,
   * one per output folder, so two builds at once never read each other's), else
   * EXTRACTION_REPORT under the project root; `false`: nowhere.
   * Never under the site's output: it holds notes that quote removed lines.
   */
  report?: string | false;
}

/**
 * Content Layer loader running the same folder runner as `npm run ingest` (`ingestFolder`,
 * worker threads included). Unchanged files are not parsed again (an outcome cache), unchanged
 * issues are not stored again (store digest), issues whose files disappeared are deleted, and
 * in dev the watcher re-syncs on any change in the input folder. A bad file is logged, never fatal.
 */
export function briefingsLoader(options: BriefingsLoaderOptions): Loader {
  const input = resolve(options.input);
  const rulesPath = resolve(options.rules);
  const cache = new OutcomeCache();
  return {
    name: 'briefings-loader',
    load: async ({ store, logger, generateDigest, parseData, watcher, config }) => {
      // Astro wants entry file paths relative to the project; an input folder elsewhere has none.
      const projectRoot = fileURLToPath(config.root);
      const filePathOf = (file: string) => {
        const path = relative(projectRoot, resolve(input, file));
        return path.startsWith('..') || isAbsolute(path) ? undefined : path;
      };
      async function sync() {
        const rules = parseRules(await readFile(rulesPath, 'utf8'), options.rules);
        const result = await ingestFolder(input, {
          rules,
          maxBytes: options.maxBytes,
          threads: options.threads,
          permalinks: options.permalinks && resolve(options.permalinks),
          cache,
          onStart: (listed, threads) => threads > 1 && logger.info(`reading and parsing ${listed} files on ${threads} threads`),
        });
        const seen = new Set<string>();
        for (const issue of result.issues) {
          seen.add(issue.id);
          const digest = generateDigest(issue as unknown as Record<string, unknown>);
          if (store.get(issue.id)?.digest === digest) continue;
          const data = await parseData({ id: issue.id, data: issue as unknown as Record<string, unknown> });
          store.set({ id: issue.id, data, digest, filePath: filePathOf(issue.sources[0].file) });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        for (const rejection of result.rejected) logger.warn(`rejected ${rejection.file}: ${rejection.reason}`);
        for (const note of result.notes) logger.info(`${note.file}: ${note.message}`);
        logger.info(`${result.issues.length + result.duplicates.length + result.rejected.length} files → ${result.issues.length} issues, ${result.duplicates.length} duplicates merged, ${result.rejected.length} rejected`);
        if (options.report !== false) {
          const path = resolve(projectRoot, options.report ?? (process.env[EXTRACTION_REPORT_ENV] || EXTRACTION_REPORT));
          // Written whole, then renamed: the build script never reads half a report.
          await mkdir(dirname(path), { recursive: true });
          await writeFile(`${path}.tmp`, JSON.stringify(extractionReport(filePathOf('') || input, result)));
          await rename(`${path}.tmp`, path);
        }
      }
      await sync();
      if (watcher) {
        watcher.add(input);
        // One sync per burst of changes (an editor's save or a bulk copy fires many events).
        let timer: NodeJS.Timeout | undefined;
        watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(input) && resolve(path) !== rulesPath) return;
          clearTimeout(timer);
          timer = setTimeout(() => sync().catch((error) => logger.error(`could not reload briefings: ${(error as Error).message}`)), WATCH_DEBOUNCE_MS);
        });
      }
    },
  };
}
