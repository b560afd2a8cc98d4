/** The maintainer's extraction report: rows, flags, the terminal table, Markdown and HTML. */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { extractionHtml, extractionMarkdown, extractionReport, formatCountsLine, formatExtractionTable, furnitureReason, issueFlags } from '../../src/report';
import type { IngestResult, Issue } from '../../src/schema';

/** A minimal valid issue; `over` replaces fields. */
function issue(over: Partial<Issue> = {}): Issue {
  return {
    id: 'x-000001',
    title: 'Beijing tightens rules on data exports',
    date: '2026-03-06',
    publisher: 'Example Partners',
    series: null,
    format: 'article',
    place: null,
    week: null,
    isoWeek: '2026-W10',
    category: null,
    sentiment: null,
    impact: null,
    tags: [],
    lang: 'en',
    sections: [{ id: 'intro', heading: null, blocks: [{ kind: 'paragraph', text: 'The Cyberspace Administration published rules that narrow the data needing a security review. '.repeat(4) }], takeaways: [], related: [], aliases: [] }],
    takeaways: [],
    sources: [{ file: 'a.txt', sha256: '0'.repeat(64), similarity: 1 }],
    aliases: [],
    origin: { title: 'text', date: 'text', publisher: 'text', series: 'none' },
    removed: [],
    notes: [],
    ...over,
  } as Issue;
}

const result = (over: Partial<IngestResult> = {}): IngestResult => ({ issues: [issue()], duplicates: [], rejected: [], notes: [], ...over });

describe('furnitureReason', () => {
  it.each([
    ['Share on Facebook Share on X', 'a call to action or UI label'],
    ['Web version | Forward to a friend', 'a call to action or UI label'],
    ['Home / China / Policies', 'a link list or breadcrumb'],
    ['Related News', 'a UI label'],
    ['By Li Wei in Shanghai', 'a byline, credit or caption'],
    ['（责任编辑：王晓、刘洋）', 'an editor credit'],
    ['人民网首页', 'a Chinese UI label or credit'],
    ['Content-Type: text/plain; charset=utf-8', 'an e-mail header'],
    ['2024-11-08 20:11:37', 'a date or time only'],
  ])('%s: %s', (text, reason) => expect(furnitureReason(text)).toBe(reason));

  it.each(['Beijing tightens rules on data exports', 'Home prices fall in 70 cities', '今年GDP增长目标定为6.5%左右', 'What the swap does and does not fix'])('%s is a headline', (text) => {
    expect(furnitureReason(text)).toBeNull();
  });
});

describe('issueFlags', () => {
  it('flags nothing on a plain article', () => expect(issueFlags(issue())).toEqual([]));

  it('flags a fallback title, a furniture title and furniture headings', () => {
    expect(issueFlags(issue({ origin: { title: 'fallback', date: 'text', publisher: 'text', series: 'none' } }))).toEqual(['no title found']);
    const page = issue({
      title: 'Share on Facebook Share on X',
      sections: [
        { ...issue().sections[0], id: 'a', heading: 'By Li Wei in Shanghai' },
        { ...issue().sections[0], id: 'b', heading: 'Related News' },
        { ...issue().sections[0], id: 'c', heading: 'Most Viewed' },
      ],
    });
    expect(issueFlags(page)).toEqual([
      'title looks like a call to action or UI label',
      'heading "By Li Wei in Shanghai" looks like a byline, credit or caption',
      'heading "Related News" looks like a UI label',
      '1 more headings look like furniture',
    ]);
  });

  it('flags no body, a long text in one section, and most lines removed', () => {
    expect(issueFlags(issue({ sections: [{ id: 'a', heading: null, blocks: [{ kind: 'paragraph', text: 'Subscribe.' }], takeaways: [], related: [], aliases: [] }] }))).toEqual(['no body found']);
    const long = issue({ sections: [{ id: 'a', heading: null, blocks: [{ kind: 'paragraph', text: 'A long sentence of the body. '.repeat(250) }], takeaways: [], related: [], aliases: [] }] });
    expect(issueFlags(long)).toEqual(['one section in 7250 characters']);
    const removed = Array.from({ length: 12 }, (_, i) => ({ line: i + 1, text: 'Menu', rule: 'navigation' }));
    expect(issueFlags(issue({ removed }))).toEqual(['92% of lines removed']);
  });
});

describe('extractionReport', () => {
  it('has one row per file: issues, merged copies and rejections, in file order', () => {
    const report = extractionReport('in', result({ duplicates: [{ file: 'b.txt', canonical: 'x-000001', similarity: 0.9 }], rejected: [{ file: 'c.txt', reason: 'file is empty' }] }));
    expect(report.rows.map((row) => [row.file, row.kind, row.detail])).toEqual([
      ['a.txt', 'issue', null],
      ['b.txt', 'copy', 'a.txt'],
      ['c.txt', 'rejected', 'file is empty'],
    ]);
    expect(report.counts).toEqual({ files: 3, issues: 1, duplicates: 1, rejected: 1 });
    expect(formatCountsLine(report)).toBe('Ingested in: 3 files read = 1 issues + 1 duplicates merged + 1 rejected');
  });
});

describe('formatExtractionTable', () => {
  it('prints every row of a small run, with where title and date came from', () => {
    const table = formatExtractionTable(extractionReport('in', result({ rejected: [{ file: 'c.txt', reason: 'file is empty' }] })));
    expect(table.split('\n')).toEqual([
      'Extracted (2 files, 0 flagged):',
      'file                            title (from)                                          date (from)           publisher             sec  tk   flags',
      'a.txt                           Beijing tightens rules on data exports (text)         2026-03-06 (text)     Example Partners      1    0',
      'c.txt                           rejected: file is empty                                                                                     ⚑ rejected',
    ]);
  });

  it('prints only the flagged rows of a large run, and says where the full table is', () => {
    const issues = Array.from({ length: 100 }, (_, i) => issue({ id: `x-${i}`, sources: [{ file: `f${String(i).padStart(3, '0')}.txt`, sha256: '0'.repeat(64), similarity: 1 }], ...(i % 50 === 0 ? { title: 'Related News' } : {}) }));
    const lines = formatExtractionTable(extractionReport('in', result({ issues })), { reportPath: 'report.html' }).split('\n');
    expect(lines[0]).toBe('Flagged files (2 of 100):');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^f000\.txt .*⚑ title looks like a UI label$/);
    expect(lines[4]).toBe('The full table of 100 files: report.html');
  });
});

describe('extractionMarkdown and extractionHtml', () => {
  const hostile = issue({ title: 'Rates | <script>alert(1)</script> *cut*' });

  it('Markdown: a table with every file, its cells escaped', () => {
    const md = extractionMarkdown(extractionReport('in', result({ issues: [hostile], rejected: [{ file: 'c.txt', reason: 'file is empty' }] })));
    expect(md).toContain('| file | title (from) | date (from) | publisher | sections | takeaways | flags |');
    expect(md).toContain('| a.txt | Rates \\| &lt;script&gt;alert(1)&lt;/script&gt; \\*cut\\* (text) | 2026-03-06 (text) | Example Partners | 1 | 0 | title looks like a link list or breadcrumb |');
    expect(md).toContain('## Rejected (1)\n\n- c.txt: file is empty');
    expect(md).not.toContain('<script>');
  });

  it('HTML: a page whose every briefing text is a text node', () => {
    const html = extractionHtml(extractionReport('in', result({ issues: [hostile] })));
    const tree = fromHtml(html);
    const cells: string[] = [];
    let scripts = 0;
    const walk = (node: any) => {
      if (node.type === 'element' && node.tagName === 'script') scripts++;
      if (node.type === 'element' && node.tagName === 'td') cells.push(node.children.map((c: any) => c.value ?? '').join(''));
      node.children?.forEach(walk);
    };
    walk(tree);
    expect(scripts).toBe(0);
    expect(cells[1]).toBe('Rates | <script>alert(1)</script> *cut* (text)');
    expect(html).toContain('Ingested in: 1 files read = 1 issues + 0 duplicates merged + 0 rejected');
  });
});
