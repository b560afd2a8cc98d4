/**
 * Pagefind's results, a page at a time. Each result's text (its "fragment", a few kB) is only
 * downloaded when its page is shown, so a first search costs the same at 100 or 10,000
 * briefings; "More results" loads the next page. Kept free of the DOM, so it is tested in Node.
 *
 * Two orders:
 * - best match: issues whose matched words stand next to each other come first (known from
 *   Pagefind's match positions, before anything is loaded), then Pagefind's score; within each
 *   page, once loaded, issues with the words together in a title, heading or takeaway go first;
 * - newest first: each bundle (English, Chinese) is already sorted by date by Pagefind, so the
 *   two lists are merged by the `date` of their heads, loading a result only when it is a head.
 */
import { adjacentMatches, holdsQuery, matchTier, type LocatedResult } from './search-match';
import type { ParsedQuery } from './search-query';

/** One Pagefind result before it is loaded. */
export interface Hit<D> {
  /** The fragment's name, which starts with its bundle's language (`en_…`, `zh_…`). */
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  data(): Promise<D>;
}

/** What the pager needs of a loaded result. */
export type Loaded = LocatedResult & { meta: Record<string, string> };

export type Order = 'relevance' | 'newest';

/** A page can need more loads than its size when results turn out not to hold the query; this bounds the rounds. */
const MAX_ROUNDS = 4;

export class ResultPager<D extends Loaded> {
  private readonly queues: Hit<D>[][];
  private readonly loads = new Map<Hit<D>, Promise<D>>();
  /** Results loaded and found not to hold the query (a lucky prefix, a phrase only in pieces). */
  dropped = 0;

  constructor(
    hits: Hit<D>[],
    private readonly order: Order,
    private readonly query: ParsedQuery,
  ) {
    if (order === 'newest') {
      // Pagefind merges its bundles by score, which is only a rank inside each bundle when sorting; split them back.
      const bundles = new Map<string, Hit<D>[]>();
      for (const hit of hits) {
        const bundle = hit.id.slice(0, Math.max(0, hit.id.indexOf('_')));
        bundles.set(bundle, [...(bundles.get(bundle) ?? []), hit]);
      }
      this.queues = [...bundles.values()];
    } else {
      const together = (hit: Hit<D>) => adjacentMatches(hit.words, query.words.length);
      // Stable: within each group, Pagefind's order.
      this.queues = [[...hits.filter(together), ...hits.filter((hit) => !together(hit))]];
    }
  }

  /** Results not yet shown (some may still be dropped when loaded). */
  get left(): number {
    return this.queues.reduce((sum, queue) => sum + queue.length, 0);
  }

  /** The next `count` results that hold the query, in order. */
  async next(count: number): Promise<D[]> {
    return this.order === 'newest' ? this.nextNewest(count) : this.nextBest(count);
  }

  private load(hit: Hit<D>): Promise<D> {
    let loading = this.loads.get(hit);
    if (!loading) this.loads.set(hit, (loading = hit.data()));
    return loading;
  }

  private holds(data: D): boolean {
    if (holdsQuery(data, this.query.words, this.query.texts)) return true;
    this.dropped += 1;
    return false;
  }

  private async nextBest(count: number): Promise<D[]> {
    const queue = this.queues[0] ?? [];
    const page: D[] = [];
    for (let round = 0; round < MAX_ROUNDS && page.length < count && queue.length > 0; round++) {
      const batch = queue.splice(0, count - page.length);
      for (const data of await Promise.all(batch.map((hit) => this.load(hit)))) if (this.holds(data)) page.push(data);
    }
    // Sort is stable: equal tiers keep the order above.
    const tiers = new Map(page.map((data) => [data, matchTier(data, this.query.words)]));
    return page.sort((a, b) => tiers.get(b)! - tiers.get(a)!);
  }

  private async nextNewest(count: number): Promise<D[]> {
    const page: D[] = [];
    while (page.length < count) {
      // Start loading what this page may need from every bundle at once, rather than one head at a time.
      for (const queue of this.queues) for (const hit of queue.slice(0, count - page.length)) void this.load(hit).catch(() => undefined);
      const heads: { queue: Hit<D>[]; data: D }[] = [];
      for (const queue of this.queues) {
        while (queue.length > 0) {
          const data = await this.load(queue[0]);
          if (this.holds(data)) {
            heads.push({ queue, data });
            break;
          }
          queue.shift();
        }
      }
      if (heads.length === 0) break;
      // The newest head; an undated issue ('' sorts first) comes after every dated one.
      const newest = heads.reduce((a, b) => ((b.data.meta.date ?? '') > (a.data.meta.date ?? '') ? b : a));
      newest.queue.shift();
      page.push(newest.data);
    }
    return page;
  }
}
