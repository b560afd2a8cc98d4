import { mix } from './hashing';

/** Largest bucket whose members are all compared pairwise; larger ones are chained. */
const MAX_PAIRWISE_BUCKET = 24;

/**
 * Locality-sensitive hashing by banding: signatures that agree on all `rows` values of any one
 * band land in the same bucket and become candidate pairs. Linear in the number of items (plus
 * the pairs found), never quadratic. Pairs are encoded as `i * n + j` with i < j.
 *
 * Buckets live in typed arrays reused for every band (an open-addressing table of band hashes,
 * each slot heading a linked list of items) rather than a Map of arrays: at 10,000 files the
 * Map made half a million arrays and boxed numbers, and was most of the grouping time.
 */
export function candidatePairs(signatures: Uint32Array[], bands: number, rows: number, pairs = new Set<number>()): Set<number> {
  const n = signatures.length;
  const size = 2 ** Math.ceil(Math.log2(Math.max(2, n * 2)));
  const mask = size - 1;
  const slotHash = new Uint32Array(size);
  const first = new Int32Array(size).fill(-1);
  const last = new Int32Array(size);
  const next = new Int32Array(n);
  const used = new Int32Array(n);
  const bucket: number[] = [];
  // Only items with a signature take part (an empty text has none).
  const items = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (signatures[i].length > 0) items[count++] = i;
  // Every band hash of an item in one pass over its signature, stored band by band: each band's
  // pass below then reads one run of memory instead of a value every `bands` values (walking
  // 10,000 separate signatures once per band, or a strided array, was dominated by cache misses).
  const bandHashes = new Uint32Array(count * bands);
  for (let k = 0; k < count; k++) {
    const signature = signatures[items[k]];
    for (let band = 0; band < bands; band++) {
      let h = band + 1;
      for (let r = 0; r < rows; r++) h = mix(h ^ signature[band * rows + r]);
      bandHashes[band * count + k] = h;
    }
  }
  for (let band = 0; band < bands; band++) {
    let usedCount = 0;
    const offset = band * count;
    for (let k = 0; k < count; k++) {
      const i = items[k];
      const h = bandHashes[offset + k];
      let slot = h & mask;
      while (first[slot] !== -1 && slotHash[slot] !== h) slot = (slot + 1) & mask;
      next[i] = -1;
      if (first[slot] === -1) {
        first[slot] = i;
        slotHash[slot] = h;
        used[usedCount++] = slot;
      } else {
        next[last[slot]] = i;
      }
      last[slot] = i;
    }
    for (let u = 0; u < usedCount; u++) {
      const slot = used[u];
      if (next[first[slot]] !== -1) {
        bucket.length = 0;
        for (let i = first[slot]; i !== -1; i = next[i]) bucket.push(i);
        addBucketPairs(bucket, n, pairs);
      }
      first[slot] = -1;
    }
  }
  return pairs;
}

/** Members of one bucket, in ascending order, become candidate pairs. */
function addBucketPairs(bucket: number[], n: number, pairs: Set<number>): void {
  if (bucket.length <= MAX_PAIRWISE_BUCKET) {
    for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) pairs.add(bucket[x] * n + bucket[y]);
    return;
  }
  // A crowded bucket (many copies of one text): a star and a chain keep it linear;
  // grouping is transitive, so true copies still end up together.
  for (let x = 1; x < bucket.length; x++) {
    pairs.add(bucket[0] * n + bucket[x]);
    pairs.add(bucket[x - 1] * n + bucket[x]);
  }
}
