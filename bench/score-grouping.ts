import type { SyntheticDoc } from './synthetic-corpus';

/**
 * Pair-level precision and recall of grouping: a pair of files is "together" when they are
 * sources of one issue (`groups`: the files of each issue with more than one). Precision: share of predicted pairs that are true copies; recall:
 * share of true copy pairs that were predicted. Also counts false merges within one series.
 */
export function scoreGrouping(docs: SyntheticDoc[], groups: string[][]) {
  const truth = new Map(docs.map((doc) => [doc.file, doc]));
  const predicted = new Set<string>();
  let falseMergesSameSeries = 0;
  for (const group of groups) {
    const files = [...group].sort();
    for (let i = 0; i < files.length; i++)
      for (let j = i + 1; j < files.length; j++) {
        predicted.add(`${files[i]}|${files[j]}`);
        const [a, b] = [truth.get(files[i])!, truth.get(files[j])!];
        if (a.group !== b.group && a.series !== null && a.series === b.series) falseMergesSameSeries++;
      }
  }
  const byGroup = new Map<string, string[]>();
  for (const doc of docs) byGroup.set(doc.group, [...(byGroup.get(doc.group) ?? []), doc.file]);
  const actual = new Set<string>();
  for (const files of byGroup.values()) {
    files.sort();
    for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) actual.add(`${files[i]}|${files[j]}`);
  }
  const hits = [...predicted].filter((pair) => actual.has(pair)).length;
  const missed = [...actual].filter((pair) => !predicted.has(pair));
  const missedKinds: Record<string, number> = {};
  for (const pair of missed) {
    const kind = pair.split('|').map((f) => truth.get(f)!.copyKind).find(Boolean) ?? 'unknown';
    missedKinds[kind] = (missedKinds[kind] ?? 0) + 1;
  }
  return {
    truePairs: actual.size,
    predictedPairs: predicted.size,
    precision: predicted.size === 0 ? 1 : Math.round((hits / predicted.size) * 10000) / 10000,
    recall: actual.size === 0 ? 1 : Math.round((hits / actual.size) * 10000) / 10000,
    falseMergesSameSeries,
    missedByCopyKind: missedKinds,
  };
}
