/**
 * CBOR read and written a byte at a time, for the shapes Pagefind's index files hold (arrays,
 * integers, strings). The shard merge reads a word's postings as byte ranges and copies them,
 * rather than decoding millions of small arrays and encoding them again: with cborg that was
 * ~8 s of CPU at 10,000 pages, most of it garbage collection. Items are written in their
 * shortest form, the bytes cborg and Pagefind's minicbor write (tests/search/cbor-bytes.test.ts).
 */
export type CborValue = number | string | CborValue[];

const UTF8 = new TextDecoder();

export class CborReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  /** The next item's major type, leaving the position at it. */
  peekMajor(): number {
    return this.bytes[this.pos] >> 5;
  }

  /** An item's head: its major type, and its argument (a value, or a length). */
  head(): { major: number; argument: number } {
    const initial = this.bytes[this.pos++];
    const major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return { major, argument: info };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR item ${initial} at byte ${this.pos - 1} is not one Pagefind writes`);
    let argument = 0;
    for (let i = 0; i < size; i++) argument = argument * 256 + this.bytes[this.pos++];
    return { major, argument };
  }

  /** The length of the array that starts here. */
  arrayLength(): number {
    const { major, argument } = this.head();
    if (major !== 4) throw new Error(`expected a CBOR array at byte ${this.pos}, found major type ${major}`);
    return argument;
  }

  /** The unsigned integer that starts here. */
  uint(): number {
    const { major, argument } = this.head();
    if (major !== 0) throw new Error(`expected a CBOR unsigned integer at byte ${this.pos}, found major type ${major}`);
    return argument;
  }

  string(): string {
    const { major, argument } = this.head();
    if (major !== 3) throw new Error(`expected a CBOR string at byte ${this.pos}, found major type ${major}`);
    this.pos += argument;
    return UTF8.decode(this.bytes.subarray(this.pos - argument, this.pos));
  }

  /** Skips an array of integers; returns its length. */
  skipIntegers(): number {
    const length = this.arrayLength();
    for (let i = 0; i < length; i++) this.head();
    return length;
  }
}

export class CborWriter {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  value(value: CborValue): this {
    if (typeof value === 'number') this.integer(value);
    else if (typeof value === 'string') this.string(value);
    else {
      this.head(4, value.length);
      for (const item of value) this.value(item);
    }
    return this;
  }

  integer(value: number): this {
    if (!Number.isSafeInteger(value)) throw new Error(`CborWriter writes integers only, not ${value}`);
    return value >= 0 ? this.head(0, value) : this.head(1, -1 - value);
  }

  string(value: string): this {
    const size = Buffer.byteLength(value);
    this.head(3, size);
    this.reserve(size);
    this.length += this.buffer.write(value, this.length, 'utf8');
    return this;
  }

  /** Bytes copied as they are: items already encoded. */
  raw(bytes: Uint8Array, start: number, end: number): this {
    this.reserve(end - start);
    this.buffer.set(bytes.subarray(start, end), this.length);
    this.length += end - start;
    return this;
  }

  /** A major type with its argument, in the fewest bytes. */
  head(major: number, argument: number): this {
    this.reserve(9);
    const type = major << 5;
    if (argument < 24) {
      this.buffer[this.length++] = type | argument;
    } else if (argument < 0x100) {
      this.buffer[this.length++] = type | 24;
      this.buffer[this.length++] = argument;
    } else if (argument < 0x10000) {
      this.buffer[this.length++] = type | 25;
      this.length = this.buffer.writeUInt16BE(argument, this.length);
    } else if (argument < 0x100000000) {
      this.buffer[this.length++] = type | 26;
      this.length = this.buffer.writeUInt32BE(argument, this.length);
    } else {
      this.buffer[this.length++] = type | 27;
      this.length = this.buffer.writeBigUInt64BE(BigInt(argument), this.length);
    }
    return this;
  }

  private reserve(size: number): void {
    if (this.length + size <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + size));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

export const encodeCbor = (value: CborValue): Uint8Array => new CborWriter().value(value).bytes();
