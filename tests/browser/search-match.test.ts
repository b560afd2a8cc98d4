/** The search page's query helpers: Chinese segmentation, the guard against lucky prefixes, every word and phrase, the match tiers. */
import { describe, expect, it } from 'vitest';
import { adjacentMatches, containsPhrase, holdsQuery, markedWords, matchesQuery, matchTier, segmentChinese, standsFor } from '../../src/browser/search-match';

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

/** A loaded result as Pagefind gives it: the page's words, and where it matched (with weights). */
function located(text: string, matches: [word: string, weight: number][]) {
  const words = text.split(' ');
  const used = new Set<number>();
  const weighted_locations = matches.map(([word, weight]) => {
    const location = words.findIndex((w, i) => !used.has(i) && w.toLowerCase().startsWith(word));
    used.add(location);
    return { location, weight };
  });
  return { content: text, weighted_locations };
}

describe('holdsQuery', () => {
  it('needs every word at a matched place, and every phrase word for word', () => {
    const page = located('Brazil expects a record soybean harvest', [['brazil', 1], ['soybean', 1]]);
    expect(holdsQuery(page, ['soybean', 'brazil'], [])).toBe(true);
    expect(holdsQuery(located('a record soybean harvest', [['soybean', 1]]), ['soybean', 'brazil'], [])).toBe(false);
    const call = located('Xi and Trump pledge stability in a rare and wide-ranging call', [['rare', 6]]);
    expect(holdsQuery(call, ['rare', 'earth'], [])).toBe(false);
    const minerals = located('Rare earth export controls tighten.', [['rare', 6], ['earth', 6]]);
    expect(holdsQuery(minerals, ['rare', 'earth'], ['rare earth'])).toBe(true);
    const scattered = located('A rare frost. A new earth station.', [['rare', 1], ['earth', 1]]);
    expect(holdsQuery(scattered, ['rare', 'earth'], ['rare earth'])).toBe(false);
  });

  it('checks Chinese as written, whatever the segmentation', () => {
    const page = { content: '住房\u200B和\u200B城乡\u200B建设部\u200B表示\u200B推进\u200B城中\u200B村\u200B改造', weighted_locations: [{ location: 6, weight: 1 }] };
    expect(containsPhrase(page, '城中村改造')).toBe(true);
    expect(containsPhrase(page, '城市改造')).toBe(false);
  });
});

describe('matchTier', () => {
  it('ranks the words together in a heading or takeaway above together in text, above scattered', () => {
    expect(matchTier(located('Rare earth export controls tighten.', [['rare', 6], ['earth', 6]]), ['rare', 'earth'])).toBe(2);
    expect(matchTier(located('seven rare earth elements', [['rare', 1], ['earth', 1]]), ['rare', 'earth'])).toBe(1);
    expect(matchTier(located('Xi and Trump held a call', [['xi', 6], ['trump', 6]]), ['xi', 'trump'])).toBe(2);
    expect(matchTier(located('A rare frost hit the plains. A new earth station.', [['rare', 1], ['earth', 1]]), ['rare', 'earth'])).toBe(0);
  });

  it('reads positions before loading: matches next to each other, as many as the words', () => {
    expect(adjacentMatches([40, 12, 13], 2)).toBe(true);
    expect(adjacentMatches([3, 5], 2)).toBe(true);
    expect(adjacentMatches([3, 9, 30], 2)).toBe(false);
    expect(adjacentMatches([7], 1)).toBe(true);
  });
});
