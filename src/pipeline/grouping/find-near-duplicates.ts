import type { Issue } from '../../schema';
import { anchorPairs } from './anchor-pairs';
import type { Fingerprint } from './fingerprint';
import { candidatePairs } from './lsh';
import { compareSets, intersectionSize, signatureAgreement } from './set-similarity';
import * as T from './thresholds';

/** One parsed file taking part in grouping. */
export interface GroupItem {
  issue: Issue;
  fingerprint: Fingerprint;
}

/** Why two files were judged copies of one briefing, with the scores (of their prose). */
export interface DuplicateLink {
  a: number;
  b: number;
  jaccard: number;
  containment: number;
  /** `near-identical`: the prose is largely the same; `contained`: one copy's prose is found in the other (truncated, an excerpt). */
  rule: 'near-identical' | 'contained';
}

/**
 * Groups near-duplicate files: LSH on MinHash signatures of the prose and of its head, and
 * shared anchors (containment), propose candidate pairs (sub-quadratic); an exact check on the
 * shingle sets decides, and groups are the connected components. Deterministic: groups come
 * out in item order.
 */
export function findNearDuplicates(items: GroupItem[]): { groups: number[][]; links: DuplicateLink[] } {
  const n = items.length;
  const pairs = candidatePairs(items.map((item) => item.fingerprint.signature), T.BANDS, T.ROWS);
  candidatePairs(items.map((item) => item.fingerprint.headSignature), T.HEAD_BANDS, T.ROWS, pairs);
  anchorPairs(items.map((item) => item.fingerprint.anchors), T.MIN_SHARED_ANCHORS, T.MAX_ANCHOR_FILES, pairs);

  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Each stated date read once, not once for each pair it is in (~50,000 pairs at 10,000 files).
  const days = items.map((item) => (item.issue.date ? Date.parse(item.issue.date) : null));
  const links: DuplicateLink[] = [];
  for (const pair of [...pairs].sort((x, y) => x - y)) {
    const a = Math.floor(pair / n);
    const b = pair % n;
    const link = sameBriefing(items[a], items[b], days[a], days[b]);
    if (!link) continue;
    links.push({ a, b, ...link });
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = root(i);
    const group = byRoot.get(r);
    if (group) group.push(i);
    else byRoot.set(r, [i]);
  }
  return { groups: [...byRoot.values()], links };
}

/**
 * The exact check: are these two files copies of one briefing? Null when not. Titles are not
 * consulted: a syndicated copy's headline is often edited, and two meetings are often reported
 * under one headline; the prose decides.
 */
function sameBriefing(x: GroupItem, y: GroupItem, xDay: number | null, yDay: number | null): Omit<DuplicateLink, 'a' | 'b'> | null {
  if (statesDifferentIssue(x.issue, y.issue, xDay, yDay)) return null;
  const [xs, ys] = [x.fingerprint, y.fingerprint];
  if (!couldPass(xs, ys)) return null;
  const { jaccard, containment } = compareSets(xs.shingles, ys.shingles);
  let rule: DuplicateLink['rule'] | null = null;
  if (jaccard >= T.MIN_JACCARD) rule = 'near-identical';
  else if (containment >= T.MIN_CONTAINMENT) {
    const [small, large] = [xs.shingles.length, ys.shingles.length].sort((p, q) => p - q);
    const startsAlike = () => compareSets(xs.head, ys.head).jaccard >= T.MIN_HEAD_JACCARD;
    if (small >= T.MIN_SHINGLES_FOR_CONTAINMENT && (small / large >= T.MIN_EXCERPT_SHARE || startsAlike())) rule = 'contained';
  }
  return rule ? { jaccard, containment, rule } : null;
}

/**
 * Whether a candidate could pass the exact check, from the signatures and anchors alone: the
 * exact walk over two shingle sets is only for pairs that could. The estimates are off by more
 * than their margins only with negligible probability.
 */
function couldPass(xs: Fingerprint, ys: Fingerprint): boolean {
  if (signatureAgreement(xs.signature, ys.signature) >= T.MIN_SIGNATURE_AGREEMENT) return true;
  if (signatureAgreement(xs.headSignature, ys.headSignature) >= T.MIN_HEAD_JACCARD - T.MIN_SIGNATURE_AGREEMENT) return true;
  const fewer = Math.min(xs.anchors.length, ys.anchors.length);
  return fewer < T.MIN_ANCHORS_TO_ESTIMATE || intersectionSize(xs.anchors, ys.anchors) / fewer >= T.MIN_ANCHOR_CONTAINMENT;
}

/** Stated dates too far apart (`aDay`, `bDay`: their times, null when none), or different stated weeks: two issues of one series. */
function statesDifferentIssue(a: Issue, b: Issue, aDay: number | null, bDay: number | null): boolean {
  if (aDay !== null && bDay !== null && Math.abs(aDay - bDay) > T.MAX_DATE_GAP_DAYS * 86_400_000) return true;
  return Boolean(a.week && b.week && a.week.start !== b.week.start);
}
