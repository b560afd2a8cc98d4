/**
 * MinHash signatures: for each of n hash functions h(x) = a·x + b (mod 2³², a odd), the minimum
 * over a set's elements. The chance two signatures agree in one place is the sets' Jaccard
 * similarity. Coefficients come from a fixed seed, so signatures are the same on every run.
 */
export function minhash(set: Uint32Array, permutations: number): Uint32Array {
  const { a, b } = coefficients(permutations);
  const signature = new Uint32Array(permutations).fill(0xffffffff);
  for (let i = 0; i < set.length; i++) {
    const x = set[i];
    for (let p = 0; p < permutations; p++) {
      const v = (Math.imul(a[p], x) + b[p]) >>> 0;
      if (v < signature[p]) signature[p] = v;
    }
  }
  return signature;
}

const cache = new Map<number, { a: Uint32Array; b: Uint32Array }>();

function coefficients(n: number): { a: Uint32Array; b: Uint32Array } {
  let found = cache.get(n);
  if (!found) {
    let state = 0x2545f491;
    const next = () => {
      // xorshift32: deterministic, no dependency.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state >>> 0;
    };
    found = { a: new Uint32Array(n).map(() => next() | 1), b: new Uint32Array(n).map(() => next()) };
    cache.set(n, found);
  }
  return found;
}
