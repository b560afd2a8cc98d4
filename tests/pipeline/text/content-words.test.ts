import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseless } from '../../../src/pipeline/text/caseless';
import { contentWords, contentWordsByRegExp, countContentWords } from '../../../src/pipeline/text/content-words';

const tricky = fc.constantFrom('ſ', 'K', '𐐀', 'İ', 'Σ', '中文报告', '’s', "'s", '-', ' ', 'Export', 'controls', 'É', 'ß', '2026', 'ab', 'abcd');
const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 }).map((parts) => parts.join(''));

describe('contentWords, the character-table scanner', () => {
  it('gives the words its regular-expression definition gives, in the same order', () => {
    fc.assert(fc.property(text, (t) => JSON.stringify([...contentWords(t)]) === JSON.stringify([...contentWordsByRegExp(t)])), { seed: 20261127, numRuns: 20_000 });
  });
});

describe('countContentWords', () => {
  it('counts, for each wanted word, the texts whose content words (by definition) hold it', () => {
    const input = fc.tuple(fc.array(text, { maxLength: 6 }), fc.array(fc.oneof(text, fc.constantFrom('export', 'controls', '中文', '文报', 'abcd')), { maxLength: 6 }));
    fc.assert(
      fc.property(input, ([texts, others]) => {
        const wanted = new Set<string>();
        // Words of the texts themselves (so that some are found), and others.
        for (const t of [...texts.slice(0, 2), ...others]) for (const word of contentWordsByRegExp(t)) wanted.add(word);
        const expected = new Map<string, number>();
        for (const t of texts) for (const word of contentWordsByRegExp(t)) if (wanted.has(word)) expected.set(word, (expected.get(word) ?? 0) + 1);
        const counted = countContentWords(texts, wanted);
        expect(new Map([...counted].sort())).toEqual(new Map([...expected].sort()));
      }),
      { seed: 20261127, numRuns: 10_000 },
    );
  });
});

describe('caseless', () => {
  it('answers as the case-insensitive Unicode pattern it stands for', () => {
    const pattern = /\b(?:subscribe|share|kelvin|straße)\b/iu;
    const fast = caseless(pattern);
    fc.assert(fc.property(text, (t) => fast.test(t) === pattern.test(t)), { seed: 20261127, numRuns: 20_000 });
    for (const t of ['SUBSCRIBE now', 'ſhare', 'K', 'Kelvin', 'STRASSE', 'Straße']) expect(fast.test(t)).toBe(pattern.test(t));
  });

  it('gives back a pattern anchored at the start as it is, and keeps the fast path for one that is not everywhere', () => {
    const anchored = /^(?:tel|phone)\s*:|^[^\s@]+@\S+$/iu;
    expect(caseless(anchored)).toBe(anchored);
    const partly = /^by\b|(?:^|\s)posted\b/iu;
    const fast = caseless(partly);
    expect(fast).not.toBe(partly);
    fc.assert(fc.property(text, (t) => fast.test(` posted ${t}`) === partly.test(` posted ${t}`) && fast.test(t) === partly.test(t)), { seed: 20261127, numRuns: 5_000 });
  });
});
