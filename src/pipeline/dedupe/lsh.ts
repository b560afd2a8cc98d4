import { mix } from './hashing';

/** Largest bucket whose members are all compared pairwise; larger ones are chained. */
const MAX_PAIRWISE_BUCKET = 24;

/**
 * Locality-sensitive hashing by banding: signatures that agree on all `rows` values of any one
 * band land in the same bucket and become candidate pairs. Linear in the number of items (plus
 * the pairs found), never quadratic. Pairs are encoded as `i * n + j` with i < j.
 */
export function candidatePairs(signatures: Uint32Array[], bands: number, rows: number, pairs = new Set<number>()): Set<number> {
  const n = signatures.length;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const signature = signatures[i];
      if (signature.length === 0) continue;
      let h = band + 1;
      for (let r = 0; r < rows; r++) h = mix(h ^ signature[band * rows + r]);
      const bucket = buckets.get(h);
      if (bucket) bucket.push(i);
      else buckets.set(h, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      if (bucket.length <= MAX_PAIRWISE_BUCKET) {
        for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) pairs.add(bucket[x] * n + bucket[y]);
      } else {
        // A crowded bucket (many copies of one text): a star and a chain keep it linear;
        // grouping is transitive, so true copies still end up together.
        for (let x = 1; x < bucket.length; x++) {
          pairs.add(bucket[0] * n + bucket[x]);
          pairs.add(bucket[x - 1] * n + bucket[x]);
        }
      }
    }
  }
  return pairs;
}
