import { mix } from './hashing';

/**
 * MinHash signatures by one-permutation hashing with densification (Shrivastava & Li, 2014):
 * one hash per element splits the hash range into `bins`, each bin keeps its minimum, and an
 * empty bin borrows from the next non-empty one. The chance two signatures agree in one place
 * still estimates the sets' Jaccard similarity, so LSH banding works as with k hash functions,
 * at the cost of one pass instead of k. Deterministic: no random state. Writes into
 * `signature`, whose length (a power of two) is the number of bins.
 */
export function minhashInto(set: Uint32Array, signature: Uint32Array): Uint32Array {
  signature.fill(EMPTY);
  const shift = 32 - Math.log2(signature.length);
  for (let i = 0; i < set.length; i++) {
    const h = mix(set[i] ^ SEED);
    const bin = h >>> shift;
    const value = (h << (32 - shift)) >>> (32 - shift);
    if (value < signature[bin]) signature[bin] = value;
  }
  return densify(signature);
}

const SEED = 0x2545f491;
const EMPTY = 0xffffffff;

/** Fills each empty bin from the next non-empty bin to its right (circularly), offset by the distance. */
function densify(signature: Uint32Array): Uint32Array {
  const n = signature.length;
  if (signature.every((value) => value === EMPTY)) return signature;
  for (let i = 0; i < n; i++) {
    if (signature[i] !== EMPTY) continue;
    let distance = 1;
    while (signature[(i + distance) % n] === EMPTY) distance++;
    signature[i] = (signature[(i + distance) % n] + distance * 0x9e3779b1) >>> 0 | 0x80000000;
  }
  return signature;
}
