import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsSentence, endsSentenceByRegExp, isHeadingLike } from '../../../src/pipeline/text/line-shape';
import { isTagline } from '../../../src/pipeline/evidence/title-furniture';

describe('isHeadingLike', () => {
  it.each([
    ['Loan prime rates unchanged', true],
    ['📉 Loan prime rates unchanged', true],
    ['🤝 Rare earth talks in London', true],
    ['📌 The ministry said it would act.', false],
  ])('%s → %s', (text, expected) => {
    expect(isHeadingLike(text)).toBe(expected);
  });
});

describe('isTagline', () => {
  it.each([
    ["Commentary on China's trade policy from a former customs broker", true],
    ['Dispatches from the Pearl River Delta', true],
    ['Notes on Chinese society, labour and the economy', true],
    ['The end of de minimis and what it means for Chinese sellers', false],
    ['Commentary: the plenum and the private sector', false],
  ])('%s → %s', (text, expected) => {
    expect(isTagline(text)).toBe(expected);
  });
});

describe('endsSentence, read from the end', () => {
  const ends = fc.constantFrom('.', '!', '?', '。', '！', '？', '…', '"', '”', '’', "'", '»', ')', ']', ' ', 'a', '𐐀', '.)', '."', '…』', '」', '\uD83D');
  const text = fc.array(fc.oneof(ends, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
  it('answers as its pattern does', () => {
    fc.assert(fc.property(text, (t) => endsSentence(t) === endsSentenceByRegExp(t)), { seed: 20261127, numRuns: 20_000 });
    for (const t of ['', '.', ')', 'Done.)', 'Done.")', 'Done ).', 'Why?»', 'No', '完。」', '完。”']) expect(endsSentence(t)).toBe(endsSentenceByRegExp(t));
  });
});
