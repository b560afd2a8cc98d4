import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PERMUTATIONS = 128;
const SHINGLE = 5;
const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * The yardstick the issue gives for this machine: a bare read of every file plus a classic
 * 128-permutation MinHash of its 5-word shingles, on one core (the issue: about 6,500 docs/s).
 * Timed beside the real ingest, it tells how fast the machine was at that moment: these shared
 * virtual machines drift by 20% or more from one minute to the next. Written tightly (words
 * hashed from the bytes, signed 32-bit minima, each shingle hashed once, then one permutation at
 * a time over all of a file's shingles with its minimum in a register) so that it measures the
 * machine, not itself: the shingle-at-a-time loop over 128 minima in memory ran at half this
 * speed, and an earlier version that split strings at a third.
 */
export function referencePass(dir: string): { docsPerSecond: number; seconds: number } {
  const a = Int32Array.from({ length: PERMUTATIONS }, (_, k) => Math.imul(k + 1, 0x9e3779b1) | 1);
  const b = Int32Array.from({ length: PERMUTATIONS }, (_, k) => Math.imul(k + 7, 0x85ebca6b));
  const signature = new Int32Array(PERMUTATIONS);
  let hashes = new Int32Array(1 << 16);
  let shingles = new Int32Array(1 << 16);
  const start = performance.now();
  const files = readdirSync(dir);
  let checksum = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    if (hashes.length < bytes.length) {
      hashes = new Int32Array(bytes.length);
      shingles = new Int32Array(bytes.length);
    }
    // FNV-1a of each run of non-space bytes.
    let words = 0;
    let h = FNV_OFFSET;
    let inWord = false;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      if (c === 32 || c === 10 || c === 9 || c === 13) {
        if (inWord) hashes[words++] = h;
        h = FNV_OFFSET;
        inWord = false;
      } else {
        h = Math.imul(h ^ c, 0x01000193);
        inWord = true;
      }
    }
    if (inWord) hashes[words++] = h;
    const count = words - SHINGLE + 1;
    for (let i = 0; i < count; i++) {
      let x = 0;
      for (let j = i; j < i + SHINGLE; j++) x = Math.imul(x ^ hashes[j], 0x5bd1e995) ^ (x >>> 15);
      shingles[i] = x;
    }
    for (let k = 0; k < PERMUTATIONS; k++) {
      const ak = a[k];
      const bk = b[k];
      let min = 0x7fffffff;
      for (let i = 0; i < count; i++) {
        const v = (Math.imul(ak, shingles[i]) + bk) | 0;
        if (v < min) min = v;
      }
      signature[k] = min;
    }
    checksum ^= signature[0];
  }
  const seconds = (performance.now() - start) / 1000;
  if (checksum === 0.5) console.log(checksum); // keeps the work from being optimised away
  return { docsPerSecond: Math.round(files.length / seconds), seconds: Math.round(seconds * 100) / 100 };
}
