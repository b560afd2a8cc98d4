/** Size of the intersection of two sorted, unique Uint32Arrays (a merge walk). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}

/** Jaccard similarity and containment (share of the smaller set found in the larger). */
export function compareSets(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  const common = intersectionSize(a, b);
  return { jaccard: common / (a.length + b.length - common), containment: common / Math.min(a.length, b.length) };
}

/** Share of places where two MinHash signatures agree: an estimate of Jaccard similarity. */
export function signatureAgreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
