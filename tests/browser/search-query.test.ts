/** Reading a query as the search form promises: words all required, quotes for phrases, Chinese as typed; months of a range. */
import { describe, expect, it } from 'vitest';
import { isMonth, markTerms, monthsBetween, parseQuery } from '../../src/browser/search-query';

describe('parseQuery', () => {
  it('requires every word, each searched alone', () => {
    const query = parseQuery('  Soybean  Brazil ');
    expect(query).toMatchObject({ text: 'Soybean  Brazil', words: ['soybean', 'brazil'], texts: [], searches: ['soybean', 'brazil'], rankTerm: 'Soybean Brazil' });
  });

  it('reads quoted phrases (straight, curly, or still open) and searches them in Pagefind’s exact mode', () => {
    expect(parseQuery('"rare earth" magnets')).toMatchObject({ words: ['magnets', 'rare', 'earth'], texts: ['rare earth'], searches: ['magnets', '"rare earth"'] });
    expect(parseQuery('“No. 1 Document”').texts).toEqual(['No. 1 Document']);
    expect(parseQuery('"rare ear').texts).toEqual(['rare ear']);
    expect(parseQuery('"" soybean').texts).toEqual([]);
  });

  it('checks Chinese as typed, and ranks by it segmented', () => {
    const query = parseQuery('城中村改造 housing');
    expect(query).toMatchObject({ words: ['housing'], texts: ['城中村改造'], searches: ['housing'], rankTerm: '城 中村 改造 housing' });
    expect(markTerms(query)).toEqual(['housing', '城中村改造']);
    expect(parseQuery('"房地产 Property"')).toMatchObject({ words: ['property'], texts: ['房地产 Property'], searches: ['property'] });
  });
});

describe('monthsBetween', () => {
  it('lists every month of the range, in either order, across years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2025-12')).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-01', '2026-01')).toEqual(['2026-01']);
    expect(monthsBetween('0001-01', '9999-12')).toHaveLength(1200);
  });

  it('knows a month when it sees one', () => {
    expect(isMonth('2026-01')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});
