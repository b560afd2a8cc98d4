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
  // Each time two files share an anchor, the pair (file · n + file, exact below 2⁵³) is written
  // down; sorted, a pair written `minShared` times or more is a candidate. (Counted in a Map, or
  // a hash table, each of the ~370,000 sightings at 10,000 files was a cache miss: ~90 → ~30 ms.)
  const sightings = new Float64Array(countSightings(keyed, maxFiles));
  let s = 0;
  eachAnchorGroup(keyed, maxFiles, (start, end, base) => {
    for (let x = start; x < end; x++) {
      const fileX = keyed[x] - base;
      for (let y = x + 1; y < end; y++) sightings[s++] = fileX * n + (keyed[y] - base);
    }
  });
  sortKeys(sightings);
  if (minShared < 1) return pairs;
  for (let start = 0; start < sightings.length; ) {
    let end = start + 1;
    while (end < sightings.length && sightings[end] === sightings[start]) end++;
    if (end - start >= minShared) pairs.add(sightings[start]);
    start = end;
  }
  return pairs;
}

/**
 * Calls `visit` with each run of keys sharing one anchor that more than one and at most
 * `maxFiles` files hold, and the run's anchor · 2²¹ (a key's file is key − that, exact: `%` on
 * these floats is a floating-point remainder, a call out of optimised code).
 */
function eachAnchorGroup(keyed: Float64Array, maxFiles: number, visit: (start: number, end: number, base: number) => void): void {
  for (let start = 0; start < keyed.length; ) {
    const anchor = Math.floor(keyed[start] / FILE_LIMIT);
    let end = start + 1;
    while (end < keyed.length && Math.floor(keyed[end] / FILE_LIMIT) === anchor) end++;
    if (end - start > 1 && end - start <= maxFiles) visit(start, end, anchor * FILE_LIMIT);
    start = end;
  }
}

/** How many pairs of files the anchor groups hold, together. */
function countSightings(keyed: Float64Array, maxFiles: number): number {
  let count = 0;
  eachAnchorGroup(keyed, maxFiles, (start, end) => (count += ((end - start) * (end - start - 1)) / 2));
  return count;
}

/** Files are numbered below 2²¹ in a key (two million files; anchors take the 32 bits above). */
const FILE_LIMIT = 2 ** 21;

/** At most 2¹⁶ buckets: the counters stay in the CPU's fast caches. */
const MAX_BUCKET_BITS = 16;
/** Buckets of more keys than this (an anchor many files share) are sorted by V8. */
const INSERTION_MAX = 32;

/**
 * Sorts the keys (integers from 0 to 2⁵³) ascending: the same array `keyed.sort()` gives, in a
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
  // A key's bucket is its top `bits` below the largest key's power of two (not of 2⁵³: pairs of
  // files, anchorPairs' second sort, are far below it): exact, as the keys are integers below 2⁵³.
  let max = 0;
  for (let i = 0; i < n; i++) if (keyed[i] > max) max = keyed[i];
  const scale = 2 ** Math.max(0, Math.ceil(Math.log2(max + 1)) - bits);
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
