/** The search page's query helpers: Chinese segmentation and the guard against lucky prefixes. */
import { describe, expect, it } from 'vitest';
import { markedWords, matchesQuery, segmentChinese, standsFor } from '../../src/browser/search-match';

describe('segmentChinese', () => {
  it('splits Chinese runs into words and leaves other text alone', () => {
    expect(segmentChinese('城中村改造')).toBe('城 中村 改造');
    expect(segmentChinese('soybean purchases')).toBe('soybean purchases');
  });
});

describe('standsFor', () => {
  it('accepts the word, its inflections and a prefix being typed', () => {
    expect(standsFor('soybean', 'soybean')).toBe(true);
    expect(standsFor('Soybean', 'soybeans')).toBe(true);
    expect(standsFor('policy', 'policies')).toBe(true);
    expect(standsFor('purchases', 'purchase')).toBe(true);
    expect(standsFor('soybean', 'soyb')).toBe(true);
    expect(standsFor('Xi', 'xi')).toBe(true);
    expect(standsFor('改造', '改造')).toBe(true);
    expect(standsFor('新质', '新')).toBe(true);
  });

  it('refuses a shorter word that merely begins the query', () => {
    expect(standsFor('far', 'Farhan')).toBe(false);
    expect(standsFor('s', 'soybean')).toBe(false);
    expect(standsFor('long', 'longitudinal')).toBe(false);
    expect(standsFor('we', 'WeChat')).toBe(false);
    expect(standsFor('房子', '改造')).toBe(false);
  });
});

describe('matchesQuery', () => {
  it('reads the marks of a Pagefind excerpt', () => {
    const excerpt = 'a boost in <mark>soybean</mark> purchases and <mark>soybeans</mark>';
    expect(markedWords(excerpt)).toEqual(['soybean', 'soybeans']);
    expect(matchesQuery(markedWords(excerpt), 'soybean purchases')).toBe(true);
    expect(matchesQuery(markedWords("one another'<mark>s </mark>industrial plans"), 'soybean')).toBe(false);
  });
});
