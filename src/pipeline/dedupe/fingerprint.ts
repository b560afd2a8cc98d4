import type { Issue } from '../../schema';
import { foldOnce } from '../normalize';
import { endsSentence } from '../text-shape';
import { leadingShingles, shingles, wordHashes } from './hashing';
import { minhash } from './minhash';
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

/** The reader-visible body of an issue as text pieces, in reading order. */
export function bodyPieces(issue: Pick<Issue, 'takeaways' | 'sections'>): string[] {
  const pieces = issue.takeaways.filter((t) => t.sectionId === null).map((t) => t.text);
  for (const section of issue.sections) pieces.push(...sectionPieces(section));
  return pieces;
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

/** Fingerprints an issue's body. Each piece is folded once (foldOnce) and hashed once. */
export function fingerprint(issue: Pick<Issue, 'takeaways' | 'sections'>): Fingerprint {
  const hashed = (pieces: string[]) => concat(pieces.map((piece) => wordHashes(foldOnce(piece))));
  const leading = issue.takeaways.filter((t) => t.sectionId === null).map((t) => t.text);
  const perSection = issue.sections.map((section) => ({ id: section.id, pieces: sectionPieces(section) }));
  const sectionWords = perSection.map((section) => hashed(section.pieces));
  const words = concat([hashed(leading), ...sectionWords]);
  const all = shingles(words, SHINGLE_WORDS);
  const head = leadingShingles(words, SHINGLE_WORDS, HEAD_SHINGLES);
  const sections = perSection
    .map((section, i) => ({ id: section.id, words: sectionWords[i] }))
    .filter((section) => section.words.length >= MIN_SECTION_WORDS)
    .map((section) => {
      const set = shingles(section.words, SECTION_SHINGLE_WORDS);
      return { id: section.id, shingles: set, signature: minhash(set, SMALL_PERMUTATIONS) };
    });
  const last = perSection.at(-1)?.pieces.at(-1) ?? leading.at(-1) ?? '';
  return {
    shingles: all,
    head,
    signature: minhash(all, PERMUTATIONS),
    headSignature: minhash(head, SMALL_PERMUTATIONS),
    complete: endsSentence(last),
    bodyChars: [...leading, ...perSection.flatMap((s) => s.pieces)].reduce((sum, piece) => sum + piece.length + 1, 0),
    sections,
  };
}

function concat(parts: Uint32Array[]): Uint32Array {
  const out = new Uint32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
