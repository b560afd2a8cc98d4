/** Plain-text tables of eval figures, for the terminal. */
import type { EvalReport, Figures, Miss } from './score';

const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
const num = (value: number) => value.toFixed(2);

/** The columns of the per-shape table: a short name and how to print the figure. */
const COLUMNS: [string, (f: Figures) => string][] = [
  ['docs', (f) => String(f.documents)],
  ['head P', (f) => num(f.headings.precision)],
  ['head R', (f) => num(f.headings.recall)],
  ['head F1', (f) => num(f.headings.f1)],
  ['titles', (f) => `${f.titles.right}/${f.titles.total}`],
  ['dates', (f) => `${f.dates.found}/${f.dates.stated}`],
  ['invented', (f) => String(f.dates.invented)],
  ['junk', (f) => String(f.junk.leaks)],
  ['lost', (f) => String(f.kept.bodiesLost)],
  ['takeaways', (f) => `${f.takeaways.found}/${f.takeaways.labelled}`],
  ['extra tk', (f) => String(f.takeaways.extra)],
  ['dup R', (f) => (f.duplicates.labelledPairs === 0 ? '-' : num(f.duplicates.recall))],
  ['false merge', (f) => String(f.duplicates.falseMerges)],
];

/** The headline figures of one run, one per line. */
export function formatOverall(f: Figures): string {
  const h = f.headings;
  const d = f.duplicates;
  return [
    `documents             ${f.documents}${f.unmapped ? ` (${f.unmapped} not in any issue)` : ''}`,
    `headings              P ${num(h.precision)}  R ${num(h.recall)}  F1 ${num(h.f1)}   (${h.truePositives} right, ${h.falsePositives} extra, ${h.falseNegatives} missed)`,
    `titles right          ${f.titles.right}/${f.titles.total} (${pct(f.titles.accuracy)})`,
    `stated dates found    ${f.dates.found}/${f.dates.stated} (${pct(f.dates.rate)})   invented or wrong: ${f.dates.invented}`,
    `junk leaks            ${f.junk.leaks} of ${f.junk.labelled} labelled (${f.junk.perTenDocuments.toFixed(1)} per 10 documents)`,
    `prose kept            ${pct(f.kept.share)} of pasted texts' prose   bodies lost (under 80% kept): ${f.kept.bodiesLost}`,
    `takeaways found       ${f.takeaways.found}/${f.takeaways.labelled} (${pct(f.takeaways.recall)})   extra: ${f.takeaways.extra} (inferred in all: ${f.takeaways.inferred})`,
    `duplicate pairs       P ${num(d.precision)}  R ${num(d.recall)}   (${d.labelledPairs} labelled, ${d.mergedPairs} merged, ${d.missedMerges} missed, ${d.falseMerges} false merges)`,
  ].join('\n');
}

/** One row per shape, aligned. */
export function formatByShape(byShape: Record<string, Figures>): string {
  const rows = [['shape', ...COLUMNS.map(([name]) => name)], ...Object.entries(byShape).map(([shape, f]) => [shape, ...COLUMNS.map(([, cell]) => cell(f))])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** Every miss, grouped by document. */
export function formatMisses(misses: Miss[]): string {
  const lines: string[] = [];
  let last = '';
  for (const miss of [...misses].sort((a, b) => a.file.localeCompare(b.file))) {
    if (miss.file !== last) lines.push(`  ${miss.file}`);
    last = miss.file;
    const parts = [miss.expected && `expected: ${JSON.stringify(miss.expected)}`, miss.got && `got: ${JSON.stringify(miss.got)}`].filter(Boolean);
    lines.push(`    ${miss.kind.padEnd(15)} ${parts.join('  ')}`);
  }
  return lines.join('\n');
}

/** A whole run: overall, per input format (when given), per shape and, when asked, every miss. */
export function formatReport(title: string, report: EvalReport & { byFormat?: Record<string, Figures> }, verbose: boolean): string {
  const parts = [`== ${title} ==`, formatOverall(report.overall)];
  if (report.byFormat) parts.push('', 'per format:', formatByShape(report.byFormat).replace(/^shape /, 'format'));
  parts.push('', 'per shape:', formatByShape(report.byShape));
  if (verbose) parts.push('', `misses (${report.misses.length}):`, formatMisses(report.misses));
  return parts.join('\n');
}
