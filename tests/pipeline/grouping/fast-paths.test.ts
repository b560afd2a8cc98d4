/** Fast paths of the grouping, held to the plain definitions they replace. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorPairs, sortKeys } from '../../../src/pipeline/grouping/anchor-pairs';
import { isAnchor } from '../../../src/pipeline/grouping/fingerprint';
import { ANCHOR_RATE } from '../../../src/pipeline/grouping/thresholds';

const SEED = 20261127;
const hash = fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom(0, 8, 2 ** 31, 2 ** 32 - 8, 2 ** 32 - 1));

describe('isAnchor', () => {
  it('is `hash % ANCHOR_RATE === 0` for every 32-bit hash', () => {
    fc.assert(fc.property(hash, (h) => isAnchor(h) === (h % ANCHOR_RATE === 0)), { seed: SEED, numRuns: 20_000 });
  });
});

describe('sortKeys', () => {
  // Sets of (anchor, file) keys as anchorPairs makes them: anchors from a small pool (shared by
  // many files, so some buckets are large) or anywhere.
  const keys = fc
    .tuple(fc.array(hash, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.oneof(fc.nat(7), hash), fc.nat(3000)), { maxLength: 400 }))
    .map(([pool, picks]) => {
      const distinct = new Set(picks.map(([anchor, file]) => (anchor < 8 ? pool[anchor % pool.length] : anchor) * 2 ** 21 + file));
      return Float64Array.from(distinct);
    });

  it('sorts as `sort()` does', () => {
    fc.assert(
      fc.property(keys, (keyed) => {
        expect([...sortKeys(Float64Array.from(keyed))]).toEqual([...Float64Array.from(keyed).sort()]);
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });

  it('sorts as `sort()` does keys of any range, repeats included', () => {
    const key = fc.oneof(fc.nat(50), fc.nat(10_000), fc.nat(2 ** 30), fc.constantFrom(0, 1, 2 ** 53 - 1, 2 ** 52, 2 ** 31));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), (keys) => {
        expect([...sortKeys(Float64Array.from(keys))]).toEqual([...Float64Array.from(keys).sort()]);
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it('leaves anchorPairs finding the pairs it found with `sort()`', () => {
    // The definition, as it was written: V8's sort and `%` for each key's file.
    const byDefinition = (sets: Uint32Array[], minShared: number, maxFiles: number) => {
      const keyed = Float64Array.from(sets.flatMap((set, file) => [...set].map((anchor) => anchor * 2 ** 21 + file))).sort();
      const shared = new Map<number, number>();
      const pairs = new Set<number>();
      for (let start = 0; start < keyed.length; ) {
        const anchor = Math.floor(keyed[start] / 2 ** 21);
        let end = start + 1;
        while (end < keyed.length && Math.floor(keyed[end] / 2 ** 21) === anchor) end++;
        if (end - start > 1 && end - start <= maxFiles)
          for (let x = start; x < end; x++)
            for (let y = x + 1; y < end; y++) {
              const pair = (keyed[x] % 2 ** 21) * sets.length + (keyed[y] % 2 ** 21);
              shared.set(pair, (shared.get(pair) ?? 0) + 1);
              if (shared.get(pair) === minShared) pairs.add(pair);
            }
        start = end;
      }
      return pairs;
    };
    const sets = fc
      .tuple(fc.array(hash, { minLength: 1, maxLength: 30 }), fc.array(fc.array(fc.oneof(fc.nat(29), hash), { maxLength: 20 }), { minLength: 1, maxLength: 60 }))
      .map(([pool, files]) => files.map((picks) => Uint32Array.from(new Set(picks.map((p) => (p < 30 ? pool[p % pool.length] : p)))).sort()));
    fc.assert(
      fc.property(sets, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2, max: 16 }), (files, minShared, maxFiles) => {
        expect([...anchorPairs(files, minShared, maxFiles)].sort((a, b) => a - b)).toEqual([...byDefinition(files, minShared, maxFiles)].sort((a, b) => a - b));
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });
});

