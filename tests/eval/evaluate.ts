/**
 * One eval run: copy a split's raw files into a fresh folder (labels stay behind, so the
 * pipeline sees exactly what an analyst would drop in), ingest it, score the result.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCorpus, type Split } from './corpus';
import { ingestEvalFolder } from './run-pipeline';
import { scoreRun, type EvalReport } from './score';

/** Which documents to score: one split, or both together in one archive. */
export type Selection = Split | 'all';

/** A scored run, with the corpus problems met on the way (unlabelled files, bad labels). */
export interface EvalRun {
  selection: Selection;
  report: EvalReport;
  problems: string[];
}

/**
 * Scores the pipeline on the documents of `selection`. `all` ingests both splits as one
 * archive, which is how the pipeline meets them in real use (copies and look-alikes across
 * splits are then grouped too).
 */
export async function evaluate(selection: Selection, ablate: readonly string[] = []): Promise<EvalRun> {
  const { docs, problems } = loadCorpus(selection === 'all' ? ['held-back', 'tuning'] : [selection]);
  const dir = mkdtempSync(join(tmpdir(), 'briefing-eval-'));
  try {
    for (const doc of docs) {
      const target = join(dir, doc.file);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(doc.path, target);
    }
    const result = await ingestEvalFolder(dir, ablate);
    return { selection, report: scoreRun(docs, result), problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
