/**
 * The eval's one call into the pipeline. Kept alone in this file because the pipeline's folder
 * entry moves from time to time: when it does, only this adapter changes, never the scorer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRules } from '../../src/pipeline';
import { ingestFolder } from '../../src/runner';
import type { IngestResult } from '../../src/schema';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Ingests every raw file under `dir` exactly as `npm run ingest` does: the folder runner, with
 * the project's own publisher rules. One thread, because the eval corpus is small and the
 * result is the same for any number of threads. `ablate` leaves kinds of evidence out.
 */
export async function ingestEvalFolder(dir: string, ablate: readonly string[] = []): Promise<IngestResult> {
  const rulesPath = join(ROOT, 'content', 'publishers.yaml');
  const rules = parseRules(readFileSync(rulesPath, 'utf8'), 'content/publishers.yaml');
  return ingestFolder(dir, { rules, threads: 1, ablate });
}
