/**
 * npm run ingest -- --input <dir> --json <file> [--report <file.md|file.html>] [--strict] [--rules <file>] [--max-bytes <n>]
 *
 * Runs the pipeline without Astro and writes the report { issues, duplicates, rejected, notes }.
 * Prints the extraction table (src/report/), the rejections and, last, the file arithmetic;
 * `--report` writes the full table as Markdown, or HTML for a `.html` name. `--strict` exits 1 when any file was rejected or an id could not be kept.
 * Configuration errors (a broken rules file or permalink record, an unusable setting) exit 2.
 * The permalink record is read and written as the build does (see src/settings.ts). Defaults come from the settings
 * (src/settings.ts), as the build's do.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseRules, PermalinkRecordError, RulesFileError } from '../src/pipeline';
import { extractionReport, writeExtractionReport } from '../src/report';
import { formatSummary, ingestFolder, tuneForBatch } from '../src/runner';
import { readSettings, SettingsError } from '../src/settings';

const USAGE = 'usage: npm run ingest -- --input <dir> [--json <file>] [--report <file.md|file.html>] [--strict] [--rules <file>] [--max-bytes <n>] [--permalinks <file>]';

async function main(): Promise<number> {
  const settings = readSettings();
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string', default: settings.input },
        json: { type: 'string' },
        report: { type: 'string' },
        strict: { type: 'boolean', default: false },
        rules: { type: 'string', default: settings.rules },
        'max-bytes': { type: 'string', default: String(settings.maxBytes) },
        permalinks: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    console.error(`--max-bytes must be a positive number of bytes\n${USAGE}`);
    return 2;
  }
  const rules = parseRules(await readFile(values.rules, 'utf8'), values.rules);
  let total = 0;
  let showProgress = false;
  // The record beside the folder read, unless BRIEFINGS_PERMALINKS or --permalinks says where.
  const permalinks = values.permalinks ?? readSettings({ ...process.env, BRIEFINGS_INPUT: values.input }).permalinks;
  tuneForBatch();
  const result = await ingestFolder(values.input, {
    rules,
    maxBytes,
    permalinks,
    onStart: (files, threads) => {
      total = files;
      showProgress = process.stderr.isTTY && files >= 200;
      if (showProgress && threads > 1) process.stderr.write(`  reading and parsing on ${threads} threads\n`);
    },
    onProgress: (done) => showProgress && done % 100 === 0 && process.stderr.write(`\r  ingesting ${done}/${total}…`),
  }).catch((error: NodeJS.ErrnoException) => {
    if (!error.syscall) throw error;
    throw new Error(`cannot read the input folder ${values.input}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`);
  });
  if (showProgress) process.stderr.write('\r');
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
  const report = extractionReport(values.input, result);
  if (values.report) writeExtractionReport(values.report, report);
  console.log(formatSummary(values.input, report, values.json, values.report));
  const linkProblems = result.notes.filter((note) => note.rule.startsWith('permalink'));
  return values.strict && (result.rejected.length > 0 || linkProblems.length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    const readable = error instanceof RulesFileError || error instanceof SettingsError || error instanceof PermalinkRecordError;
    console.error(readable ? error.message : `ingest failed: ${error.message}`);
    process.exit(2);
  },
);
