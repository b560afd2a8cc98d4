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
  sortKeys(keyed);
  // Pairs sharing one anchor, counted; those sharing `minShared` become candidates.
  const shared = new Map<number, number>();
  for (let start = 0; start < total; ) {
    const anchor = Math.floor(keyed[start] / FILE_LIMIT);
    let end = start + 1;
    while (end < total && Math.floor(keyed[end] / FILE_LIMIT) === anchor) end++;
    if (end - start > 1 && end - start <= maxFiles) {
      // A key's file is key − anchor · 2²¹ (exact): `%` on these floats is a floating-point
      // remainder, a call out of optimised code.
      const base = anchor * FILE_LIMIT;
      for (let x = start; x < end; x++) {
        const fileX = keyed[x] - base;
        for (let y = x + 1; y < end; y++) {
          const pair = fileX * n + (keyed[y] - base);
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

/** At most 2¹⁶ buckets: the counters stay in the CPU's fast caches. */
const MAX_BUCKET_BITS = 16;
/** Buckets of more keys than this (an anchor many files share) are sorted by V8. */
const INSERTION_MAX = 32;

/**
 * Sorts the keys ascending: the same array `keyed.sort()` gives (the keys are distinct), in a
 * third of the time. V8's typed-array sort took ~75 ms for 820,000 keys (a synthetic set of
 * 8,700 files' anchors), on the main thread while the workers wait; with the `%` above gone
 * too, anchorPairs went from ~200 to ~105 ms on that set. Anchors are hash values, spread
 * evenly: one pass drops each key into a bucket by its anchor's top bits, and each bucket (a
 * few keys) is finished by insertion sort; an anchor many files share (template text) only
 * makes its bucket big, and V8 sorts that one. Tested against `sort()` in tests/pipeline/grouping.
 */
export function sortKeys(keyed: Float64Array): Float64Array {
  const n = keyed.length;
  if (n < 2) return keyed;
  const bits = Math.min(MAX_BUCKET_BITS, Math.max(1, 31 - Math.clz32(n)));
  // A key's bucket is its top `bits` of 53: exact, as the keys are integers below 2⁵³.
  const scale = 2 ** (53 - bits);
  const buckets = 1 << bits;
  const ends = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) ends[Math.floor(keyed[i] / scale) + 1]++;
  for (let b = 1; b <= buckets; b++) ends[b] += ends[b - 1];
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = keyed[i];
    out[ends[Math.floor(v / scale)]++] = v;
  }
  let start = 0;
  for (let b = 0; b < buckets; b++) {
    const end = ends[b];
    if (end - start > INSERTION_MAX) out.subarray(start, end).sort();
    else {
      for (let i = start + 1; i < end; i++) {
        const v = out[i];
        let j = i - 1;
        while (j >= start && out[j] > v) {
          out[j + 1] = out[j];
          j--;
        }
        out[j + 1] = v;
      }
    }
    start = end;
  }
  keyed.set(out);
  return keyed;
}
