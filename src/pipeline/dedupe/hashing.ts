/** 32-bit FNV-1a of a string. Fast and good enough to tell words apart. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes a 32-bit value (murmur3 finaliser), so that near keys land far apart. */
export function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes of every run of `k` consecutive words, sorted and unique. Built from word hashes, so
 * each word is hashed once. Texts shorter than `k` words give one shingle of all their words.
 */
export function shingles(wordHashes: Uint32Array, k: number): Uint32Array {
  const count = Math.max(1, wordHashes.length - k + 1);
  if (wordHashes.length === 0) return new Uint32Array(0);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let j = i; j < Math.min(i + k, wordHashes.length); j++) h = Math.imul(h ^ wordHashes[j], 0x5bd1e995) ^ (h >>> 15);
    out[i] = mix(h);
  }
  return uniqueSorted(out);
}

/** The same shingles in text order (not deduplicated), for the head of a text. */
export function leadingShingles(wordHashes: Uint32Array, k: number, count: number): Uint32Array {
  return shingles(wordHashes.subarray(0, Math.min(wordHashes.length, count + k - 1)), k);
}

function uniqueSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[n++] = values[i];
  return values.slice(0, n);
}

/** The words of a folded text, hashed. */
export function wordHashes(folded: string): Uint32Array {
  const words = folded.split(' ').filter(Boolean);
  const out = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = hashString(words[i]);
  return out;
}
