/**
 * `npm run eval`: scores extraction on the labelled corpus of tests/eval/corpus.
 *
 *   npm run eval [-- --split held-back|tuning|all|incoming] [--json <file>] [--verbose] [--write-floors] [--ablate]
 *
 * --ablate adds a table: the `all` figures with each kind of evidence (src/pipeline/evidence.ts) left out in turn.
 *
 * Without --split it prints the tuning split, then the held-back split, then both together.
 * --write-floors records the `all` figures as the floors the floor test holds
 * (tests/eval/floors.json); do it on purpose, and say why in the commit.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, type EvalRun, type Selection } from '../tests/eval/evaluate';
import { writeFloors } from '../tests/eval/floors';
import { formatReport } from '../tests/eval/format';
import { EVIDENCE } from '../src/pipeline/evidence';
import type { Figures } from '../tests/eval/score';

const TITLES: Record<Selection, string> = {
  tuning: 'TUNING split (tuned against)',
  'held-back': 'HELD-BACK split (never tuned against)',
  all: 'ALL documents (both splits, one archive)',
  incoming: 'INCOMING documents (written blind in new shapes, not yet worked on; not in ALL)',
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string' },
      json: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'write-floors': { type: 'boolean', default: false },
      ablate: { type: 'boolean', default: false },
    },
  });
  const split = values.split;
  if (split !== undefined && split !== 'held-back' && split !== 'tuning' && split !== 'all' && split !== 'incoming') {
    console.error(`--split must be held-back, tuning, all or incoming, not ${split}`);
    return 2;
  }
  const selections: Selection[] = split ? [split] : ['tuning', 'held-back', 'all'];
  if (values['write-floors'] && !selections.includes('all')) {
    console.error('--write-floors records the figures of all documents: use it without --split, or with --split all');
    return 2;
  }

  const runs: EvalRun[] = [];
  for (const selection of selections) runs.push(await evaluate(selection));

  const problems = [...new Set(runs.flatMap((run) => run.problems))];
  for (const run of runs) {
    console.log(run.report.overall.documents === 0 ? `== ${TITLES[run.selection]} ==\nno labelled documents` : formatReport(TITLES[run.selection], run.report, values.verbose));
    console.log('');
  }
  if (problems.length > 0) console.error(`corpus problems (these files were not scored):\n${problems.map((p) => `  ${p}`).join('\n')}`);

  if (values.json) {
    const figures = Object.fromEntries(runs.map((run) => [run.selection, { overall: run.report.overall, byShape: run.report.byShape, misses: run.report.misses }]));
    writeFileSync(values.json, `${JSON.stringify({ ...figures, problems }, null, 2)}\n`);
    console.log(`figures written to ${values.json}`);
  }
  if (values['write-floors']) {
    const all = runs.find((run) => run.selection === 'all')!;
    const floors = writeFloors(all.report.overall);
    console.log(`floors written to tests/eval/floors.json: ${JSON.stringify(floors)}`);
  }
  if (values.ablate) {
    const all = runs.find((run) => run.selection === 'all') ?? (await evaluate('all'));
    const rows = [['(nothing left out)', all.report.overall]] as [string, Figures][];
    for (const name of EVIDENCE) rows.push([`without ${name}`, (await evaluate('all', [name])).report.overall]);
    console.log('ablation (all documents): each kind of evidence left out in turn');
    console.log(['evidence left out'.padEnd(28), 'head F1', 'titles', 'dates', 'invented', 'junk/10', 'dup R', 'false merges'].join('  '));
    for (const [name, f] of rows) {
      console.log([name.padEnd(28), f.headings.f1.toFixed(2).padStart(7), f.titles.accuracy.toFixed(2).padStart(6), f.dates.rate.toFixed(2).padStart(5), String(f.dates.invented).padStart(8), f.junk.perTenDocuments.toFixed(1).padStart(7), f.duplicates.recall.toFixed(2).padStart(5), String(f.duplicates.falseMerges).padStart(12)].join('  '));
    }
  }
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
