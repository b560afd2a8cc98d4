/**
 * The word index of several shards as one, chunked as Pagefind chunks it. An index chunk is
 * `[[word, postings, variants]]`; a posting `[page, locations, metaLocations]` whose page is the
 * delta from the previous posting of the list; variants `[[form, postings]]` (accented forms).
 * Shards come in merged page order, so a word's merged list is each shard's list in turn, and
 * only the first posting of each shard's part needs a new delta: the rest is copied as bytes.
 */
import { CborReader, CborWriter } from './cbor-bytes';

/** One shard's postings of a word: where they lie in the shard's chunk, and what the merge needs of them. */
interface Part {
  bytes: Uint8Array;
  /** The shard's first page number in the merged index. */
  offset: number;
  count: number;
  firstDelta: number;
  /** The first posting after its page number (its locations), up to the end of the list. */
  restStart: number;
  end: number;
  /** The last posting's page within the shard (the sum of the deltas). */
  lastPage: number;
  /** Locations, meta locations and postings: what Pagefind counts towards a chunk's size. */
  size: number;
}

interface MergedWord {
  parts: Part[];
  variants: Map<string, Part[]>;
}

/** A shard's index chunks (CBOR bodies) and its first page number in the merged index. */
export interface ShardWords {
  chunks: Uint8Array[];
  offset: number;
}

/** Pagefind's chunk size: locations, meta locations and one per posting of a word's own list (not its variants); measured against Pagefind 1.5.2's chunks. */
const CHUNK_SIZE = 20_000;

/** The merged index chunks: each chunk's CBOR body with its first and last word. */
export function mergeWords(shards: ShardWords[]): { body: Uint8Array; from: string; to: string }[] {
  const words = new Map<string, MergedWord>();
  for (const shard of shards) {
    for (const bytes of shard.chunks) {
      const reader = new CborReader(bytes);
      if (reader.arrayLength() !== 1) throw new Error('a Pagefind index chunk is not [words]');
      for (let n = reader.arrayLength(); n > 0; n--) {
        if (reader.arrayLength() !== 3) throw new Error('a Pagefind index word is not [word, postings, variants]');
        const word = reader.string();
        let merged = words.get(word);
        if (!merged) words.set(word, (merged = { parts: [], variants: new Map() }));
        merged.parts.push(readPart(reader, bytes, shard.offset));
        for (let v = reader.arrayLength(); v > 0; v--) {
          if (reader.arrayLength() !== 2) throw new Error('a Pagefind word variant is not [form, postings]');
          const form = reader.string();
          const parts = merged.variants.get(form) ?? [];
          merged.variants.set(form, parts);
          parts.push(readPart(reader, bytes, shard.offset));
        }
      }
    }
  }

  const sorted = [...words.keys()].sort(compareUtf8);
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const word of sorted) {
    size += words.get(word)!.parts.reduce((sum, part) => sum + part.size, 0);
    chunk.push(word);
    if (size >= CHUNK_SIZE) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);

  return chunks.map((list) => {
    const writer = new CborWriter().head(4, 1).head(4, list.length);
    for (const word of list) {
      const { parts, variants } = words.get(word)!;
      writer.head(4, 3).string(word);
      writeParts(writer, parts);
      const forms = [...variants.keys()].sort(compareUtf8);
      writer.head(4, forms.length);
      for (const form of forms) writeParts(writer.head(4, 2).string(form), variants.get(form)!);
    }
    return { body: writer.bytes(), from: list[0], to: list[list.length - 1] };
  });
}

/** Reads a postings list at the reader's position, noting what the merge needs. */
function readPart(reader: CborReader, bytes: Uint8Array, offset: number): Part {
  const count = reader.arrayLength();
  const part: Part = { bytes, offset, count, firstDelta: 0, restStart: reader.pos, end: reader.pos, lastPage: 0, size: 0 };
  for (let i = 0; i < count; i++) {
    if (reader.arrayLength() !== 3) throw new Error('a Pagefind posting is not [page, locations, metaLocations]');
    const delta = reader.uint();
    if (i === 0) {
      part.firstDelta = delta;
      part.restStart = reader.pos;
    }
    part.lastPage += delta;
    part.size += reader.skipIntegers() + reader.skipIntegers() + 1;
  }
  part.end = reader.pos;
  return part;
}

/** Writes one list made of shards' parts: each part's first posting with its delta from the previous part's last page. */
function writeParts(writer: CborWriter, parts: Part[]): void {
  writer.head(4, parts.reduce((sum, part) => sum + part.count, 0));
  let previous = 0;
  for (const part of parts) {
    if (part.count === 0) continue;
    writer.head(4, 3).integer(part.offset + part.firstDelta - previous);
    writer.raw(part.bytes, part.restStart, part.end);
    previous = part.offset + part.lastPage;
  }
}

/** Rust's `String` order: by UTF-8 bytes, which is code-point order (JS's `<` compares UTF-16 units, which differs past U+FFFF). */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}
