/**
 * One eval run: copy a split's raw files into a fresh folder (labels stay behind, so the
 * pipeline sees exactly what an analyst would drop in), ingest it, score the result.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatOfDoc, loadCorpus, type EvalDoc, type Split } from './corpus';
import { ingestEvalFolder } from './run-pipeline';
import { scoreRun, type EvalReport, type Figures } from './score';

/** Which documents to score: one split, or both together in one archive. */
export type Selection = Split | 'all';

/** A scored run, with the corpus problems met on the way (unlabelled files, bad labels). */
export interface EvalRun {
  selection: Selection;
  /** `byFormat`: the same figures for the documents of each input format (txt, eml, html) alone. */
  report: EvalReport & { byFormat: Record<string, Figures> };
  problems: string[];
}

/**
 * Scores the pipeline on the documents of `selection`. `all` ingests both splits as one
 * archive, which is how the pipeline meets them in real use (copies and look-alikes across
 * splits are then grouped too).
 */
export async function evaluate(selection: Selection, ablate: readonly string[] = []): Promise<EvalRun> {
  const { docs, problems } = loadCorpus(selection === 'all' ? ['held-back', 'tuning'] : [selection]);
  const { report } = await scoreDocs(docs, ablate);
  // Per format: each format's documents ingested as an archive of their own, so that every one
  // is its issue's canonical copy and its headings, junk and takeaways are scored (in the joint
  // run a saved e-mail merges into its text twin, which then carries the scores).
  const formats = [...new Set(docs.map((doc) => formatOfDoc(doc.file)))].sort();
  const byFormat: Record<string, Figures> = {};
  for (const format of formats) byFormat[format] = (await scoreDocs(docs.filter((doc) => formatOfDoc(doc.file) === format), ablate)).report.overall;
  // The same briefings as pasted text: the yardstick the e-mail and page figures are held to.
  const groups = new Set(docs.filter((doc) => formatOfDoc(doc.file) !== 'txt').map((doc) => doc.labels.group).filter((g): g is string => g !== null));
  const twins = docs.filter((doc) => formatOfDoc(doc.file) === 'txt' && doc.labels.group !== null && groups.has(doc.labels.group));
  if (twins.length > 0) byFormat['txt twins'] = (await scoreDocs(twins, ablate)).report.overall;
  // ...and the e-mails and pages that have such a twin, so that the rows compare like with like.
  const twinGroups = new Set(twins.map((doc) => doc.labels.group));
  for (const format of formats.filter((f) => f !== 'txt')) {
    const twinned = docs.filter((doc) => formatOfDoc(doc.file) === format && twinGroups.has(doc.labels.group));
    if (twinned.length > 0) byFormat[`${format} twinned`] = (await scoreDocs(twinned, ablate)).report.overall;
  }
  return { selection, report: { ...report, byFormat }, problems };
}

/** Copies `docs` into a fresh folder, ingests it with the real folder runner and scores the result. */
async function scoreDocs(docs: EvalDoc[], ablate: readonly string[]): Promise<{ report: EvalReport }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-eval-'));
  try {
    for (const doc of docs) {
      const target = join(dir, doc.file);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(doc.path, target);
    }
    const result = await ingestEvalFolder(dir, ablate);
    const texts = docs.map((doc) => {
      const format = formatOfDoc(doc.file);
      if (format === 'txt') return { ...doc, text: readFileSync(doc.path, 'utf8') };
      return format === 'html' ? { ...doc, shownLines: shownLinesOf(readFileSync(doc.path, 'utf8')) } : doc;
    });
    return { report: scoreRun(texts, result) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A saved page's lines with their markup taken out (tags, then the few entities labels meet). */
function shownLinesOf(html: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–' };
  return html.split('\n').map((line) => line.replace(/<[^>]*>/g, ' ').replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : entities[name.toLowerCase()] ?? whole)).replace(/\s+/g, ' ').trim());
}
