/** The merge's CBOR writer and reader against cborg, which Pagefind's files are read with elsewhere. */
import { encode } from 'cborg';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CborReader, CborWriter, encodeCbor, type CborValue } from '../../src/search/cbor-bytes';

const value: fc.Arbitrary<CborValue> = fc.letrec<{ value: CborValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
    fc.constantFrom(0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32, -24, -25, -257),
    fc.string({ unit: 'grapheme' }),
    fc.array(tie('value'), { maxLength: 30 }),
  ),
})).value;

describe('CBOR bytes', () => {
  it('writes exactly the bytes cborg writes', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(Buffer.from(encodeCbor(v)).toString('hex')).toBe(Buffer.from(encode(v)).toString('hex'));
      }),
    );
  });

  it('reads back the arrays, unsigned integers and strings it wrote, and copies raw bytes as they are', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat()), (text, numbers) => {
        const inner = encodeCbor(numbers);
        const bytes = new CborWriter().head(4, 3).string(text).raw(inner, 0, inner.length).integer(7).bytes();
        const reader = new CborReader(bytes);
        expect(reader.arrayLength()).toBe(3);
        expect(reader.string()).toBe(text);
        expect(reader.skipIntegers()).toBe(numbers.length);
        expect(reader.uint()).toBe(7);
        expect(reader.pos).toBe(bytes.length);
      }),
    );
  });

  it('refuses what it cannot write or does not expect', () => {
    expect(() => encodeCbor(1.5)).toThrow(/integers only/);
    expect(() => new CborReader(encodeCbor('a')).arrayLength()).toThrow(/expected a CBOR array/);
  });
});
