import { describe, expect, it } from 'vitest';
import { isHeadingLike } from '../../../src/pipeline/text/line-shape';
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
