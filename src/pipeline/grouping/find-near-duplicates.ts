import type { Issue } from '../../schema';
import { fold } from '../text/fold';
import type { Fingerprint } from './fingerprint';
import { candidatePairs } from './lsh';
import { compareSets, signatureAgreement } from './set-similarity';
import * as T from './thresholds';

/** One parsed file taking part in grouping. */
export interface GroupItem {
  issue: Issue;
  fingerprint: Fingerprint;
}

/** Why two files were judged copies of one briefing, with the scores. */
export interface DuplicateLink {
  a: number;
  b: number;
  jaccard: number;
  containment: number;
  rule: 'near-identical' | 'truncated';
}

/**
 * Groups near-duplicate files: LSH on MinHash signatures of the whole text and of its head
 * proposes candidate pairs (sub-quadratic), an exact check on the shingle sets decides, and
 * groups are the connected components. Deterministic: groups come out in item order.
 */
export function findNearDuplicates(items: GroupItem[]): { groups: number[][]; links: DuplicateLink[] } {
  const n = items.length;
  const pairs = candidatePairs(items.map((item) => item.fingerprint.signature), T.BANDS, T.ROWS);
  candidatePairs(items.map((item) => item.fingerprint.headSignature), T.HEAD_BANDS, T.ROWS, pairs);

  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const links: DuplicateLink[] = [];
  for (const pair of [...pairs].sort((x, y) => x - y)) {
    const a = Math.floor(pair / n);
    const b = pair % n;
    const link = sameBriefing(items[a], items[b]);
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

/** The exact check: are these two files copies of one briefing? Null when not. */
export function sameBriefing(x: GroupItem, y: GroupItem): Omit<DuplicateLink, 'a' | 'b'> | null {
  if (statesDifferentIssue(x.issue, y.issue)) return null;
  // Signatures estimate both similarities in 128 and 64 steps; the exact walk over two
  // shingle sets is only for pairs that could pass.
  const [xs, ys] = [x.fingerprint, y.fingerprint];
  if (signatureAgreement(xs.signature, ys.signature) < T.MIN_SIGNATURE_AGREEMENT && signatureAgreement(xs.headSignature, ys.headSignature) < T.MIN_HEAD_JACCARD - T.MIN_SIGNATURE_AGREEMENT) {
    return null;
  }
  const { jaccard, containment } = compareSets(x.fingerprint.shingles, y.fingerprint.shingles);
  if (titlesDiffer(x.issue, y.issue) && jaccard < T.RETITLED_MIN_JACCARD) return null;
  if (jaccard >= T.MIN_JACCARD) return { jaccard, containment, rule: 'near-identical' };
  const [small, large] = [x.fingerprint.shingles.length, y.fingerprint.shingles.length].sort((p, q) => p - q);
  if (
    containment >= T.MIN_CONTAINMENT &&
    small >= T.MIN_SHINGLES_FOR_CONTAINMENT &&
    small / large >= T.MIN_TRUNCATED_SHARE &&
    compareSets(x.fingerprint.head, y.fingerprint.head).jaccard >= T.MIN_HEAD_JACCARD
  ) {
    return { jaccard, containment, rule: 'truncated' };
  }
  return null;
}

/** Stated dates too far apart, or different stated weeks: two issues of one series. */
function statesDifferentIssue(a: Issue, b: Issue): boolean {
  if (a.date && b.date && Math.abs(Date.parse(a.date) - Date.parse(b.date)) > T.MAX_DATE_GAP_DAYS * 86_400_000) return true;
  return Boolean(a.week && b.week && a.week.start !== b.week.start);
}

/** Both titles stated (not fallbacks) and sharing few words. */
function titlesDiffer(a: Issue, b: Issue): boolean {
  if (a.origin.title === 'fallback' || b.origin.title === 'fallback') return false;
  const words = (title: string) => new Set(fold(title).split(' ').filter(Boolean));
  const [wa, wb] = [words(a.title), words(b.title)];
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / (wa.size + wb.size - common || 1) < T.MIN_TITLE_WORD_JACCARD;
}
