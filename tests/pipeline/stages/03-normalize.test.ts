import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../../src/pipeline';

describe('normalize', () => {
  it('composes to NFC and keeps typography', () => {
    expect(normalize('De\u0301tente “giant ship” – 5–5.5%')).toBe('Détente “giant ship” – 5–5.5%');
  });

  it('removes invisible and bidi control characters but keeps ZWJ emoji', () => {
    expect(normalize('a\u200bb\u202ec\u2066d\ufeffe\u00adf')).toBe('abcdef');
    expect(normalize('👩\u200d💻')).toBe('👩\u200d💻');
  });

  it('folds spaces, trims lines, keeps line count', () => {
    expect(normalize('  a\u00a0\u00a0b \t c  \n\n  d ')).toBe('a b c\n\nd');
  });

  it('is idempotent', () => {
    const input = ' x\u200b\u0065\u0301  y\u3000z \n\u202a ';
    expect(normalize(normalize(input))).toBe(normalize(input));
  });
});

describe('normalize, as its definition', () => {
  /** The passes normalize makes, each on every text (it skips those with nothing to do). */
  const definition = (text: string) =>
    text
      .replace(/[\u200b\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .normalize('NFC')
      .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .join('\n');

  it('gives what every pass on every text gives', () => {
    const special = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u200d', '\u2000', '\u2001', '\u202f', '\u3000', '\ufeff', '\u00ad', '\u0007', '\u0085', '\u2028', 'e\u0301', 'Å', 'a', 'Z', '。');
    const text = fc.array(fc.oneof(special, fc.string({ maxLength: 8 })), { maxLength: 40, size: 'max' }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => normalize(t) === definition(t)), { seed: 20261122, numRuns: 20_000 });
  });
});
