import type { Issue } from '../../schema';
import { foldOnce } from '../text/fold';
import { endsSentence } from '../text/line-shape';
import { appendWordHashes, hashShingles, shingleCount, shinglesInto, U32Buffer } from './hashing';
import { minhashInto } from './minhash';
import {
  ANCHOR_RATE,
  COMPLETE_MIN_WORDS,
  HEAD_SHINGLES,
  MIN_PROSE_SHARE,
  MIN_PROSE_WORDS,
  MIN_SECTION_WORDS,
  PERMUTATIONS,
  PROSE_LONG_WORDS,
  PROSE_MIN_WORDS,
  SECTION_SHINGLE_WORDS,
  SHINGLE_WORDS,
  SMALL_PERMUTATIONS,
} from './thresholds';

/** What near-duplicate grouping needs to know of one parsed file. Computed once, with the parse. */
export interface Fingerprint {
  /**
   * Sorted unique 5-word shingle hashes of the body's prose (see PROSE_MIN_WORDS): leftover
   * page furniture and edited headlines stay out. A body with little prose, or whose prose is
   * less than MIN_PROSE_SHARE of it, gives all its text.
   */
  shingles: Uint32Array;
  /** Shingles of the first HEAD_SHINGLES positions of that prose. */
  head: Uint32Array;
  signature: Uint32Array;
  headSignature: Uint32Array;
  /** The shingles of `shingles` whose hash is a multiple of ANCHOR_RATE (sorted): containment candidates. */
  anchors: Uint32Array;
  /** Whether the text ends on a complete sentence (a truncated copy does not). */
  complete: boolean;
  /** Characters of body text. */
  bodyChars: number;
  /**
   * Sections long enough to compare, for "also covered in". Their shingles are in text order,
   * repeats kept (see hashShingles): only the few sections LSH proposes are compared, and are
   * sorted then (sortedSet); sorting every section's as it was parsed was ~1% of the ingest.
   */
  sections: { id: string; shingles: Uint32Array; signature: Uint32Array }[];
}

/** Calls `add` with each piece of a section's text, and whether it may count as prose (headings, figures and entity lists never do). */
function eachPiece(section: Issue['sections'][number], add: (text: string, proseKind: boolean) => void): void {
  if (section.heading) add(section.heading, false);
  for (const block of section.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'quote') add(block.text, true);
    else if (block.kind === 'list') for (const item of block.items) add(item, true);
    else if (block.kind === 'figure') {
      add(block.title, false);
      add(block.caption, false);
    } else add(block.items.map((e) => e.name).join(' '), false);
  }
  for (const takeaway of section.takeaways) add(takeaway.text, true);
}

/** Whether a piece of `words` word units reads as prose rather than as a label or a menu. */
function isProse(text: string, words: number): boolean {
  return words >= PROSE_LONG_WORDS || (words >= PROSE_MIN_WORDS && endsSentence(text));
}

/** Word hashes of the file being fingerprinted, of its prose, and its shingle sets; reused from file to file. */
const wordScratch = new U32Buffer();
const proseScratch = new U32Buffer();
const setScratch = new U32Buffer();

/**
 * Fingerprints an issue's body. Each piece is folded once (foldOnce) and hashed once; the prose
 * stream is copied from the word hashes. Sets and signatures are views into one typed array per
 * issue: one allocation instead of dozens.
 */
export function fingerprint(issue: Pick<Issue, 'takeaways' | 'sections'>): Fingerprint {
  const words = wordScratch;
  const prose = proseScratch;
  words.length = 0;
  prose.length = 0;
  let proseWords = 0;
  let allWords = 0;
  let lastLong = '';
  let bodyChars = 0;
  // Short pieces after a prose piece wait here: when more prose follows, they were inside the
  // body (a digest's one-line items between its paragraphs) and are compared; when none does,
  // they were the furniture under it (related links, share bars) and are not.
  const pending: number[] = [];
  let pendingWords = 0;
  const copyToProse = (start: number, end: number) => {
    prose.reserve(end - start);
    prose.data.set(words.data.subarray(start, end), prose.length);
    prose.length += end - start;
  };
  const add = (text: string, proseKind: boolean) => {
    const start = words.length;
    const units = appendWordHashes(foldOnce(text), words);
    allWords += units;
    bodyChars += text.length + 1;
    if (units >= COMPLETE_MIN_WORDS) lastLong = text;
    if (!proseKind) return;
    if (!isProse(text, units)) {
      if (proseWords > 0) {
        pending.push(start, words.length);
        pendingWords += units;
      }
      return;
    }
    for (let i = 0; i < pending.length; i += 2) copyToProse(pending[i], pending[i + 1]);
    proseWords += units + pendingWords;
    pending.length = 0;
    pendingWords = 0;
    // Prose pieces run on into each other, as in the text: a paragraph split differently in
    // two copies still gives the same shingles.
    copyToProse(start, words.length);
  };
  for (const takeaway of issue.takeaways) if (takeaway.sectionId === null) add(takeaway.text, true);
  const perSection = issue.sections.map((section) => {
    const start = words.length;
    eachPiece(section, add);
    return { id: section.id, start, end: words.length };
  });
  const compared = perSection.filter((section) => section.end - section.start >= MIN_SECTION_WORDS);
  const compareOn = proseWords >= MIN_PROSE_WORDS && proseWords >= MIN_PROSE_SHARE * allWords ? prose : words;

  // Shingle sets first (their sizes are known only once repeats are removed)…
  const sets = setScratch;
  sets.length = 0;
  const addSet = (wordHashes: Uint32Array, k: number, sorted = true) => {
    sets.reserve(shingleCount(wordHashes.length, k));
    const at = sets.length;
    const out = sets.data.subarray(at);
    sets.length += sorted ? shinglesInto(wordHashes, k, out) : hashShingles(wordHashes, k, out);
    return { at, length: sets.length - at };
  };
  const all = addSet(compareOn.view(), SHINGLE_WORDS);
  const head = addSet(compareOn.view(0, Math.min(compareOn.length, HEAD_SHINGLES + SHINGLE_WORDS - 1)), SHINGLE_WORDS);
  const sectionSets = compared.map((section) => addSet(words.view(section.start, section.end), SECTION_SHINGLE_WORDS, false));
  const anchorCount = countAnchors(sets.view(all.at, all.at + all.length));

  // …then copied, with room for the anchors and the signatures, into one array.
  const block = new Uint32Array(sets.length + anchorCount + PERMUTATIONS + SMALL_PERMUTATIONS * (1 + compared.length));
  block.set(sets.view());
  let free = sets.length;
  const signatureOf = (set: Uint32Array, bins: number) => {
    free += bins;
    return minhashInto(set, block.subarray(free - bins, free));
  };
  const setOf = ({ at, length }: { at: number; length: number }) => block.subarray(at, at + length);
  const allSet = setOf(all);
  const headSet = setOf(head);
  const anchors = block.subarray(free, free + anchorCount);
  free += anchorCount;
  let a = 0;
  for (let i = 0; i < allSet.length; i++) if (isAnchor(allSet[i])) anchors[a++] = allSet[i];
  const signature = signatureOf(allSet, PERMUTATIONS);
  return {
    shingles: allSet,
    head: headSet,
    signature,
    headSignature: signatureOf(headSet, SMALL_PERMUTATIONS),
    anchors,
    complete: endsSentence(lastLong),
    bodyChars,
    sections: compared.map((section, i) => {
      const set = setOf(sectionSets[i]);
      return { id: section.id, shingles: set, signature: signatureOf(set, SMALL_PERMUTATIONS) };
    }),
  };
}

/** How many anchors a sorted shingle set has. */
function countAnchors(set: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < set.length; i++) if (isAnchor(set[i])) count++;
  return count;
}

/**
 * Whether a shingle hash is a multiple of ANCHOR_RATE, by its low bits (ANCHOR_RATE is a power
 * of two). `%` on a Uint32Array value of 2³¹ or more is a floating-point remainder, a call out
 * of optimised code: counting and copying anchors so took ~90 ms a thread at 10,000 files.
 */
const ANCHOR_MASK = ANCHOR_RATE - 1;
if ((ANCHOR_RATE & ANCHOR_MASK) !== 0) throw new Error('ANCHOR_RATE must be a power of two');
export function isAnchor(hash: number): boolean {
  return (hash & ANCHOR_MASK) === 0;
}
