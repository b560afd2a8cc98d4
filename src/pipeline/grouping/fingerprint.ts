import type { Issue } from '../../schema';
import { foldOnce } from '../text/fold';
import { endsSentence } from '../text/line-shape';
import { appendWordHashes, shingleCount, shinglesInto, U32Buffer } from './hashing';
import { minhashInto } from './minhash';
import { HEAD_SHINGLES, MIN_SECTION_WORDS, PERMUTATIONS, SECTION_SHINGLE_WORDS, SHINGLE_WORDS, SMALL_PERMUTATIONS } from './thresholds';

/** What near-duplicate grouping needs to know of one parsed file. Computed once, with the parse. */
export interface Fingerprint {
  /** Sorted unique 5-word shingle hashes of the body (headings, blocks, takeaways). */
  shingles: Uint32Array;
  /** Shingles of the first HEAD_SHINGLES positions. */
  head: Uint32Array;
  signature: Uint32Array;
  headSignature: Uint32Array;
  /** Whether the text ends on a complete sentence (a truncated copy does not). */
  complete: boolean;
  /** Characters of body text. */
  bodyChars: number;
  /** Sections long enough to compare, for "also covered in". */
  sections: { id: string; shingles: Uint32Array; signature: Uint32Array }[];
}

function sectionPieces(section: Issue['sections'][number]): string[] {
  const pieces = section.heading ? [section.heading] : [];
  for (const block of section.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'quote') pieces.push(block.text);
    else if (block.kind === 'list') pieces.push(...block.items);
    else if (block.kind === 'figure') pieces.push(block.title, block.caption);
    else pieces.push(block.items.map((e) => e.name).join(' '));
  }
  pieces.push(...section.takeaways.map((t) => t.text));
  return pieces;
}

/** Word hashes and shingle sets of the file being fingerprinted; reused from file to file. */
const wordScratch = new U32Buffer();
const setScratch = new U32Buffer();

/**
 * Fingerprints an issue's body. Each piece is folded once (foldOnce) and hashed once. Sets and
 * signatures are views into one typed array per issue: one allocation instead of dozens.
 */
export function fingerprint(issue: Pick<Issue, 'takeaways' | 'sections'>): Fingerprint {
  const words = wordScratch;
  words.length = 0;
  const leading = issue.takeaways.filter((t) => t.sectionId === null).map((t) => t.text);
  for (const piece of leading) appendWordHashes(foldOnce(piece), words);
  const perSection = issue.sections.map((section) => {
    const pieces = sectionPieces(section);
    const start = words.length;
    for (const piece of pieces) appendWordHashes(foldOnce(piece), words);
    return { id: section.id, pieces, start, end: words.length };
  });
  const compared = perSection.filter((section) => section.end - section.start >= MIN_SECTION_WORDS);

  // Shingle sets first (their sizes are known only once repeats are removed)…
  const sets = setScratch;
  sets.length = 0;
  const addSet = (wordHashes: Uint32Array, k: number) => {
    sets.reserve(shingleCount(wordHashes.length, k));
    const at = sets.length;
    sets.length += shinglesInto(wordHashes, k, sets.data.subarray(at));
    return { at, length: sets.length - at };
  };
  const all = addSet(words.view(), SHINGLE_WORDS);
  const head = addSet(words.view(0, Math.min(words.length, HEAD_SHINGLES + SHINGLE_WORDS - 1)), SHINGLE_WORDS);
  const sectionSets = compared.map((section) => addSet(words.view(section.start, section.end), SECTION_SHINGLE_WORDS));

  // …then copied, with room for the signatures, into one array.
  const block = new Uint32Array(sets.length + PERMUTATIONS + SMALL_PERMUTATIONS * (1 + compared.length));
  block.set(sets.view());
  let free = sets.length;
  const signatureOf = (set: Uint32Array, bins: number) => {
    free += bins;
    return minhashInto(set, block.subarray(free - bins, free));
  };
  const setOf = ({ at, length }: { at: number; length: number }) => block.subarray(at, at + length);
  const allSet = setOf(all);
  const headSet = setOf(head);
  const last = perSection.at(-1)?.pieces.at(-1) ?? leading.at(-1) ?? '';
  return {
    shingles: allSet,
    head: headSet,
    signature: signatureOf(allSet, PERMUTATIONS),
    headSignature: signatureOf(headSet, SMALL_PERMUTATIONS),
    complete: endsSentence(last),
    bodyChars: [...leading, ...perSection.flatMap((s) => s.pieces)].reduce((sum, piece) => sum + piece.length + 1, 0),
    sections: compared.map((section, i) => {
      const set = setOf(sectionSets[i]);
      return { id: section.id, shingles: set, signature: signatureOf(set, SMALL_PERMUTATIONS) };
    }),
  };
}
