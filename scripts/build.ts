/**
 * `npm run build`: the site from the briefings, rendering only the pages whose content changed
 * since the last build into the same folder (src/build/build-site.ts), and skipped outright
 * when nothing it reads has changed.
 *
 *   npm run build [-- --outDir <dir>] [-- --force] [-- --report <file.md|file.html>]
 *
 * After the build it prints what was extracted from each file (and leaves it, as JSON, in
 * node_modules/.cache/briefing-archive/extraction-report.json, never in the site), the
 * rejections, and last the file arithmetic; `--report` writes the full table to a file.
 * `--force` ignores the last build: everything is parsed and rendered again.
 *
 * The digest covers the briefings, the permalink record, the rules, src/, public/, the config,
 * the lock file and the build settings (src/build/inputs-digest.ts). It is kept outside the
 * site, in node_modules/.cache/briefing-archive/, so it is never published.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/build/build-site';
import { stateDir } from '../src/build/build-state';
import { inputsDigest } from '../src/build/inputs-digest';
import { PermalinkRecordError, RulesFileError } from '../src/pipeline';
import { EXTRACTION_REPORT, formatCountsLine, formatExtractionTable, formatRejections, writeExtractionReport } from '../src/report';
import { PLACEHOLDER_SITE_URL, readSettings, SettingsError } from '../src/settings';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false }, report: { type: 'string' } } });
const outDir = resolve(ROOT, values.outDir!);
const stampFile = join(ROOT, 'node_modules', '.cache', 'briefing-archive', `build-${Buffer.from(outDir).toString('base64url')}.json`);
// The extraction report: EXTRACTION_REPORT for dist/, one per other output folder.
const reportFile = join(ROOT, outDir === resolve(ROOT, 'dist') ? EXTRACTION_REPORT : EXTRACTION_REPORT.replace(/\.json$/, `-${Buffer.from(outDir).toString('base64url')}.json`));

const settings = readSettingsOrExit();
const started = performance.now();
// The permalink record is an input too (the ids), and the build itself may write it.
const inputs = () => inputsDigest(ROOT, [settings.input, settings.rules, settings.permalinks, 'src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json']);
const digest = inputs();
const last = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { digest: string }).digest : null;

if (!values.force && last === digest && existsSync(join(outDir, 'index.html')) && existsSync(join(outDir, 'pagefind', 'pagefind-entry.json'))) {
  console.log(`Nothing changed since the last build into ${values.outDir} (inputs ${digest.slice(0, 12)}); it is up to date. Checked in ${Math.round(performance.now() - started)} ms; --force rebuilds anyway.`);
  console.log(existsSync(reportFile) ? `What the last build extracted from each file: ${relative(process.cwd(), reportFile)} (or npm run ingest -- --report report.html).` : 'npm run ingest -- --report report.html shows what was extracted from each file.');
  process.exit(0);
}
if (values.force) rmSync(stateDir(ROOT, outDir), { recursive: true, force: true });

const progress = process.stdout.isTTY ? (line: string) => process.stdout.write(`\r${line}\x1b[K`) : undefined;
const summary = await buildSite({
  root: ROOT,
  outDir,
  settings,
  log: (line) => console.log(progress ? `\r${line}\x1b[K` : line),
  progress,
}).catch((error: Error) => {
  const readable = error instanceof RulesFileError || error instanceof SettingsError || error instanceof PermalinkRecordError;
  console.error(readable ? error.message : `The build failed: ${error.message}`);
  process.exit(readable ? 2 : 1);
});
if (progress) process.stdout.write('\r\x1b[K');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const kept = summary.pages - summary.rendered;
console.log(`Built ${relative(process.cwd(), outDir) || '.'} in ${seconds} s: ${summary.rendered} pages rendered, ${kept} unchanged${summary.deleted ? `, ${summary.deleted} files removed` : ''}. (${Object.entries(summary.steps).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')})`);
mkdirSync(join(stampFile, '..'), { recursive: true });
// Taken again after the build: it may have written the permalink record (new issues' ids).
writeFileSync(stampFile, JSON.stringify({ digest: inputs(), outDir }));
printExtraction();
// Last, so it is not scrolled away by the table: one line, only when the site's address is the placeholder.
if (!settings.siteUrlSet) console.warn(`\n${siteUrlWarning()}`);

function readSettingsOrExit() {
  try {
    return readSettings();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

/**
 * What was extracted, after the build's lines: the table (or, for a large archive, the flagged
 * files), the rejections repeated, and last the file arithmetic. The JSON is kept for the
 * maintainer (and for `--report` later), outside the site.
 */
function printExtraction(): void {
  const { report } = summary;
  mkdirSync(join(reportFile, '..'), { recursive: true });
  writeFileSync(reportFile, JSON.stringify(report));
  if (values.report) writeExtractionReport(resolve(values.report), report);
  const blocks = [[formatExtractionTable(report, { reportPath: values.report })], formatRejections(report)];
  if (values.report) blocks.push([`Extraction report written to ${values.report}`]);
  blocks.push([formatCountsLine(report, 'Built from')]);
  console.log(`\n${blocks.filter((block) => block.length > 0).map((block) => block.join('\n')).join('\n\n')}`);
}

/** Said once, at the end of a build without SITE_URL: what the placeholder address affects and how to set it. */
function siteUrlWarning(): string {
  return `Warning: SITE_URL is not set, so canonical links, link previews (og:url), the RSS feed and the sitemap point at ${PLACEHOLDER_SITE_URL}. Set it to the address you publish at before deploying: SITE_URL=https://archive.example.org npm run build (see README, "Deploying").`;
}
