/** What a shard's digest is made of: the article Pagefind reads, its sort keys, and the digest itself. */
import { describe, expect, it } from 'vitest';
import { pagefindBody, shardDigest, sortValues } from '../../src/search/indexed-content';

const page = (article: string) => `<!doctype html><html lang="en"><body><nav><a href="/x/">Previous</a></nav><main>${article}</main><nav class="pager"><a href="/y/">Next: a title</a></nav></body></html>`;

describe('pagefindBody', () => {
  it('is the <article data-pagefind-body> element, nested articles included, and nothing around it', () => {
    const article = '<article data-pagefind-body data-pagefind-sort="date:2026-02-06"><h1>T</h1><article><p>inner</p></article><p>after</p></article>';
    expect(pagefindBody(page(`<article><p>another article before</p></article>${article}<article>after</article>`), 'f.html')).toBe(article);
  });

  it('does not take an attribute that only begins with the name, and names the page that lacks one', () => {
    expect(() => pagefindBody(page('<article data-pagefind-body-x><p>t</p></article>'), 'issues/a/index.html')).toThrow('issues/a/index.html has no <article data-pagefind-body>');
    expect(() => pagefindBody(page('<article data-pagefind-body><p>t</p>'), 'issues/b/index.html')).toThrow(/not closed/);
  });
});

describe('sortValues', () => {
  it('reads each inline key:value, character references decoded', () => {
    expect(sortValues('<article data-pagefind-body data-pagefind-sort="date:2026-02-06"><span data-pagefind-sort="weight:&#51;&amp;x"></span></article>', 'f')).toEqual({ date: '2026-02-06', weight: '3&x' });
    expect(sortValues('<article data-pagefind-body></article>', 'f')).toEqual({});
  });

  it('refuses a sort key without an inline value rather than guess it', () => {
    expect(() => sortValues('<article data-pagefind-body><span data-pagefind-sort="date">2026</span></article>', 'issues/c/index.html')).toThrow(/issues\/c\/index.html: data-pagefind-sort="date" has no inline value/);
  });
});

describe('shardDigest', () => {
  const pages = [
    { url: '/issues/a/', body: '<article data-pagefind-body>a</article>' },
    { url: '/issues/b/', body: '<article data-pagefind-body>b</article>' },
  ];

  it('changes with the format, the language, a URL, an article or the pages\' order, and only then', () => {
    const digest = shardDigest('format 1', 'en', pages);
    expect(shardDigest('format 1', 'en', pages.map((p) => ({ ...p })))).toBe(digest);
    const others = [
      shardDigest('format 2', 'en', pages),
      shardDigest('format 1', 'zh', pages),
      shardDigest('format 1', 'en', [{ ...pages[0], url: '/issues/c/' }, pages[1]]),
      shardDigest('format 1', 'en', [{ ...pages[0], body: '<article data-pagefind-body>A</article>' }, pages[1]]),
      shardDigest('format 1', 'en', [pages[1], pages[0]]),
      // Parts cannot run together: the same characters split differently.
      shardDigest('format 1', 'en', [{ url: '/issues/a/<article', body: ' data-pagefind-body>a</article>' }, pages[1]]),
    ];
    expect(new Set([digest, ...others]).size).toBe(others.length + 1);
  });
});
