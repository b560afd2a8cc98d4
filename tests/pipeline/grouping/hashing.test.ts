import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashShingles, shingleCount, shinglesInto, sortedSet, sortUint32 } from '../../../src/pipeline/grouping/hashing';
import { minhashInto } from '../../../src/pipeline/grouping/minhash';
import { candidatePairs } from '../../../src/pipeline/grouping/lsh';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const uint32 = fc.integer({ min: 0, max: 0xffffffff });

describe('sortUint32', () => {
  it('sorts like the built-in sort: small arrays and bucket-sized ones, repeats, values bunched in one bucket', () => {
    // Bunched values (all below 5,000) fill a few buckets far past the insertion-sort size.
    const value = fc.oneof(uint32, fc.integer({ min: 0, max: 5000 }), fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, 0xffffffff));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 1200, size: 'max' }), (values) => {
        const ours = sortUint32(Uint32Array.from(values));
        expect([...ours]).toEqual([...Uint32Array.from(values).sort()]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('shingles kept in text order (a section\'s)', () => {
  // Word hashes from a small pool, so that shingles repeat.
  const words = fc.array(fc.oneof(fc.constantFrom(1, 2, 3), uint32), { maxLength: 300 }).map((w) => Uint32Array.from(w));

  it('sort to the set shinglesInto makes, and give the same MinHash signature unsorted', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 5 }), (hashes, k) => {
        const raw = new Uint32Array(shingleCount(hashes.length, k));
        const written = hashShingles(hashes, k, raw);
        const set = new Uint32Array(raw.length);
        const unique = shinglesInto(hashes, k, set);
        const before = raw.slice();
        expect([...sortedSet(raw.subarray(0, written))]).toEqual([...set.subarray(0, unique)]);
        expect([...raw]).toEqual([...before]);
        if (unique > 0) expect([...minhashInto(raw.subarray(0, written), new Uint32Array(16))]).toEqual([...minhashInto(set.subarray(0, unique), new Uint32Array(16))]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('candidatePairs', () => {
  /** The definition: items sharing all rows of some band are a pair (buckets small enough to pair fully). */
  function reference(signatures: Uint32Array[], bands: number, rows: number): Set<number> {
    const n = signatures.length;
    const pairs = new Set<number>();
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (signatures[i].length === 0 || signatures[j].length === 0) continue;
        for (let band = 0; band < bands; band++) {
          const same = Array.from({ length: rows }, (_, r) => band * rows + r).every((k) => signatures[i][k] === signatures[j][k]);
          if (same) pairs.add(i * n + j);
        }
      }
    }
    return pairs;
  }

  it('finds exactly the pairs that agree on a whole band', () => {
    const bands = 4;
    const rows = 2;
    // Few distinct values, so that bands often agree; at most 20 items, so no bucket is chained.
    const signature = fc.oneof(fc.constant([] as number[]), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: bands * rows, maxLength: bands * rows }));
    fc.assert(
      fc.property(fc.array(signature, { maxLength: 20, size: 'max' }), (raw) => {
        const signatures = raw.map((values) => Uint32Array.from(values));
        expect([...candidatePairs(signatures, bands, rows)].sort((a, b) => a - b)).toEqual([...reference(signatures, bands, rows)].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });
});
