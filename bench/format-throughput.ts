/**
 * Ingest throughput by format, in a process of its own (bench/bench.ts runs it with `--formats`):
 * every file of the folder is read and run through the chain (`parseListedFile`, the unit of work
 * of every ingest lane) on this one thread, and the time is summed by format, so `.eml` and
 * `.html` files can be set beside `.txt` ones on equal terms (grouping, which works on the
 * fingerprints whatever the format, is left out). A first pass warms the JIT for every format;
 * the second is the one timed. Prints one line of JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRules } from '../src/pipeline';
import { listInputFolder } from '../src/runner';
import { parseListedFile } from '../src/runner/parse-listed-file';
import { formatOfFile, type SyntheticFormat } from './synthetic-formats';

/** One format's figures: files, bytes, milliseconds in all, and in the decode stage (where conversion happens). */
export interface FormatFigures {
  files: number;
  bytes: number;
  ms: number;
  decodeMs: number;
}

const [dir] = process.argv.slice(2);
const ROOT = join(import.meta.dirname, '..');
const rules = parseRules(readFileSync(join(ROOT, 'content', 'publishers.yaml'), 'utf8'), 'content/publishers.yaml');
const { files } = await listInputFolder(dir);

function pass(): Record<SyntheticFormat, FormatFigures> {
  const figures = {} as Record<SyntheticFormat, FormatFigures>;
  for (const listed of files) {
    const format = formatOfFile(listed.file);
    const timings: Record<string, number> = {};
    const start = performance.now();
    parseListedFile(dir, listed, { rules, timings });
    const ms = performance.now() - start;
    const f = (figures[format] ??= { files: 0, bytes: 0, ms: 0, decodeMs: 0 });
    f.files += 1;
    f.ms += ms;
    f.decodeMs += timings.decode ?? 0;
  }
  return figures;
}

pass();
const figures = pass();
for (const listed of files) {
  const f = figures[formatOfFile(listed.file)];
  if (f) f.bytes += readFileSync(join(dir, listed.file)).length;
}
process.stdout.write(`${JSON.stringify(figures)}\n`);
