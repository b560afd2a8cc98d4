/** Results a page at a time: loaded only when shown, merged by date across bundles, dropped when they do not hold the query. */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/browser/search-query';
import { ResultPager, type Hit, type Loaded } from '../../src/browser/search-results';

type Page = Loaded & { name: string };

/** A fake Pagefind result whose page says `text`, dated `date`; counts its loads in `loads`. */
function hit(id: string, date: string, text: string, loads: string[], score = 1): Hit<Page> {
  const words = text.split(' ');
  const weighted_locations = words.map((_, location) => ({ location, weight: 1 }));
  return { id, score, words: weighted_locations.map((l) => l.location), data: async () => (loads.push(id), { name: id, content: text, weighted_locations, meta: { date } }) };
}

describe('ResultPager', () => {
  it('newest first merges the bundles by date, loading little more than the page', async () => {
    const loads: string[] = [];
    // As Pagefind gives them with sort: each bundle by date, the bundles one after the other.
    const hits = [hit('en_a', '2025-12-15', 'desalination', loads), hit('en_b', '2025-06-15', 'desalination', loads), hit('en_c', '2025-01-15', 'desalination', loads), hit('en_d', '', 'desalination', loads), hit('zh_a', '2025-06-20', 'desalination', loads)];
    const pager = new ResultPager(hits, 'newest', parseQuery('desalination'));
    expect((await pager.next(2)).map((p) => p.name)).toEqual(['en_a', 'zh_a']);
    expect(loads.length).toBeLessThanOrEqual(3);
    expect((await pager.next(10)).map((p) => p.name)).toEqual(['en_b', 'en_c', 'en_d']);
    expect(pager.left).toBe(0);
  });

  it('best match drops what does not hold the query and fills the page from the next results', async () => {
    const loads: string[] = [];
    const hits = [hit('en_a', '', 'soybean harvest', loads, 3), hit('en_b', '', 'soybean Brazil harvest', loads, 2), hit('en_c', '', 'Brazil and soybean', loads, 1)];
    const pager = new ResultPager(hits, 'relevance', parseQuery('soybean Brazil'));
    expect((await pager.next(1)).map((p) => p.name)).toEqual(['en_b']);
    expect(pager.dropped).toBe(1);
    expect((await pager.next(5)).map((p) => p.name)).toEqual(['en_c']);
  });
});
