/**
 * Containment candidates. MinHash LSH finds pairs by Jaccard similarity, and a short excerpt
 * of a long newsletter has little of that (its Jaccard is its share of the whole). So every file
 * also offers its anchors, a fixed sample of its shingles (the same shingles in every copy), and
 * two files sharing at least `minShared` anchors become a candidate pair. An anchor held by more
 * than `maxFiles` files is template text (a series' blurb or footer) and proposes nothing, so
 * the pairs stay linear in the number of files, never quadratic.
 *
 * Sorting instead of a Map of arrays: each (anchor, file) is one float, anchor · 2²¹ + file,
 * exact below 2⁵³; one typed-array sort puts each anchor's files together.
 */
export function anchorPairs(anchorSets: Uint32Array[], minShared: number, maxFiles: number, pairs = new Set<number>()): Set<number> {
  const n = anchorSets.length;
  if (n >= FILE_LIMIT) throw new Error(`anchorPairs: at most ${FILE_LIMIT - 1} files`);
  let total = 0;
  for (const set of anchorSets) total += set.length;
  const keyed = new Float64Array(total);
  let k = 0;
  for (let file = 0; file < n; file++) {
    const set = anchorSets[file];
    for (let i = 0; i < set.length; i++) keyed[k++] = set[i] * FILE_LIMIT + file;
  }
  keyed.sort();
  // Pairs sharing one anchor, counted; those sharing `minShared` become candidates.
  const shared = new Map<number, number>();
  for (let start = 0; start < total; ) {
    const anchor = Math.floor(keyed[start] / FILE_LIMIT);
    let end = start + 1;
    while (end < total && Math.floor(keyed[end] / FILE_LIMIT) === anchor) end++;
    if (end - start > 1 && end - start <= maxFiles) {
      for (let x = start; x < end; x++) {
        for (let y = x + 1; y < end; y++) {
          const pair = (keyed[x] % FILE_LIMIT) * n + (keyed[y] % FILE_LIMIT);
          const count = (shared.get(pair) ?? 0) + 1;
          shared.set(pair, count);
          if (count === minShared) pairs.add(pair);
        }
      }
    }
    start = end;
  }
  return pairs;
}

/** Files are numbered below 2²¹ in a key (two million files; anchors take the 32 bits above). */
const FILE_LIMIT = 2 ** 21;
