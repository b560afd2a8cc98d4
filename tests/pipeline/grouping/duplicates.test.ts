/**
 * Near-duplicate grouping over the fixture folders: every `dup-*` folder holds copies of one
 * briefing and must become one issue; every `distinct-*` folder holds different briefings that
 * look alike and must stay apart. New cases are new folders.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPING_FIXTURES, ingestFolder } from '../../helpers/pipeline';

const folders = (prefix: string) => readdirSync(GROUPING_FIXTURES).filter((name) => name.startsWith(prefix)).sort();

describe('near-duplicates', () => {
  it('covers every kind of copy and every look-alike the design names', () => {
    expect(folders('dup-')).toEqual([
      'dup-blurb-on-top',
      'dup-chinese-repost',
      'dup-edited-headline-other-site',
      'dup-email-forward',
      'dup-forward-with-note',
      'dup-missing-title',
      'dup-newsletter-excerpt',
      'dup-paragraph-split',
      'dup-quote-style',
      'dup-reflow',
      'dup-repost-other-site',
      'dup-truncated',
    ]);
    expect(folders('distinct-')).toEqual(['distinct-follow-up', 'distinct-same-headline-meetings', 'distinct-same-series', 'distinct-series-short-items', 'distinct-two-outlets']);
  });

  it.each(folders('dup-'))('%s: the copies become one issue, every file in its sources', async (name) => {
    const dir = join(GROUPING_FIXTURES, name, 'input');
    const result = await ingestFolder(dir);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].sources.map((s) => s.file).sort()).toEqual(files);
    expect(result.duplicates).toHaveLength(files.length - 1);
    expect(result.issues[0].aliases).toHaveLength(files.length - 1);
    expect(result.rejected).toEqual([]);
  });

  it.each(folders('distinct-'))('%s: look-alike briefings stay apart', async (name) => {
    const dir = join(GROUPING_FIXTURES, name, 'input');
    const result = await ingestFolder(dir);
    expect(result.issues).toHaveLength(readdirSync(dir).filter((f) => f.endsWith('.txt')).length);
    expect(result.duplicates).toEqual([]);
  });

  it('the truncated copy is not canonical; the complete one is, with metadata from both', async () => {
    const result = await ingestFolder(join(GROUPING_FIXTURES, 'dup-truncated', 'input'));
    expect(result.issues[0].sources.map((s) => s.file)).toEqual(['complete.txt', 'truncated.txt']);
  });

  it('the full newsletter, not its excerpt, is canonical; the excerpt is merged as contained', async () => {
    const result = await ingestFolder(join(GROUPING_FIXTURES, 'dup-newsletter-excerpt', 'input'));
    expect(result.issues[0].sources.map((s) => s.file)).toEqual(['full-newsletter.txt', 'excerpt-on-aggregator.txt']);
    expect(result.issues[0].sources[1].similarity).toBeGreaterThanOrEqual(0.75);
  });

  it('the forwarded copy with a personal note is merged into the clean copy, which is canonical', async () => {
    const result = await ingestFolder(join(GROUPING_FIXTURES, 'dup-forward-with-note', 'input'));
    expect(result.issues[0].sources.map((s) => s.file)).toEqual(['original.txt', 'forwarded-with-note.txt']);
  });

  it('a title only one copy states is kept', async () => {
    const [issue] = (await ingestFolder(join(GROUPING_FIXTURES, 'dup-missing-title', 'input'))).issues;
    expect(issue.title).toBe('Yangtze Policy Weekly');
    expect(issue.origin.title).toBe('text');
  });

  it('a story repeated in a follow-up issue is linked both ways as "also covered in"', async () => {
    const { issues } = await ingestFolder(join(GROUPING_FIXTURES, 'distinct-follow-up', 'input'));
    const [w10, w11] = issues;
    const id = 'shenzhen-opens-its-first-cross-border-data-pilot-zone';
    expect(w10.sections.find((s) => s.id === id)!.related).toEqual([{ issueId: w11.id, sectionId: id, similarity: expect.any(Number) }]);
    expect(w11.sections.find((s) => s.id === id)!.related).toEqual([{ issueId: w10.id, sectionId: id, similarity: expect.any(Number) }]);
    // Only that story: the other sections are unrelated.
    expect(w10.sections.filter((s) => s.related.length > 0)).toHaveLength(1);
  });

  it('two outlets covering one event are not linked as the same story', async () => {
    const { issues } = await ingestFolder(join(GROUPING_FIXTURES, 'distinct-two-outlets', 'input'));
    expect(issues.flatMap((issue) => issue.sections.flatMap((s) => s.related))).toEqual([]);
  });
});
