import { describe, expect, it } from 'vitest';
import { asciiSlug, issueId, sectionIds } from '../../../src/pipeline/text/ids';

const SHA = 'ab12cd'.padEnd(64, '0');

describe('ids', () => {
  it('builds issue ids from date, title slug and content hash', () => {
    expect(issueId('Weekly China Insight', '2026-02-06', SHA)).toBe('2026-02-06-weekly-china-insight-ab12cd');
    expect(issueId(null, null, SHA)).toBe('untitled-ab12cd');
    expect(issueId('中国政策周报', null, SHA)).toBe('untitled-ab12cd');
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = asciiSlug('China unveils key measures for high-quality foreign trade growth in 2026 and beyond');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('makes GitHub-style, unique section ids', () => {
    expect(sectionIds([null, 'Timeline', 'Timeline', 'Ag-tech takes center stage in China’s 2026 No. 1 Document', '!!!'])).toEqual([
      'introduction',
      'timeline',
      'timeline-1',
      'ag-tech-takes-center-stage-in-chinas-2026-no-1-document',
      'section-5',
    ]);
  });
});
