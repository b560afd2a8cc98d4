import { describe, expect, it } from 'vitest';
import { issueSummary, sectionSummary, summaryText } from '../../src/data/summary';
import type { PublicIssue } from '../../src/schema';

const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });
function issue(over: Partial<PublicIssue> = {}): PublicIssue {
  return {
    id: 'x', title: 'Weekly China Insight', date: null, publisher: null, series: null, format: 'newsletter', place: null, week: null, isoWeek: null,
    category: null, sentiment: null, impact: null, tags: [], lang: 'en', takeaways: [], sources: [], aliases: [], notes: [], leftOut: [], searchLang: 'en',
    origin: { title: 'text', date: 'none', publisher: 'none', series: 'none' },
    sections: [{ id: 'a', heading: 'Trade', blocks: [paragraph('Exports rose in January.')], takeaways: [], related: [], aliases: [] }],
    ...over,
  } as PublicIssue;
}

describe('the one summary rule', () => {
  it('is the first takeaway, and says when the archive inferred it', () => {
    const stated = issue({ takeaways: [{ text: 'Beijing favours chips.', kind: 'explicit', sectionId: 'a' }] });
    expect(issueSummary(stated)).toEqual({ text: 'Beijing favours chips.', kind: 'takeaway' });
    const inferred = issue({ takeaways: [{ text: 'Growth slows.', kind: 'inferred', sectionId: 'a' }] });
    expect(summaryText(issueSummary(inferred))).toBe('Takeaway inferred by the archive: Growth slows.');
  });

  it('else the first paragraph, else the headings, else the title; cut at a word', () => {
    expect(issueSummary(issue()).text).toBe('Exports rose in January.');
    const long = issue({ sections: [{ id: 'a', heading: null, blocks: [paragraph(`${'word '.repeat(60)}end.`)], takeaways: [], related: [], aliases: [] }] });
    expect(issueSummary(long).text).toMatch(/^word( word)+…$/);
    expect(issueSummary(long).text.length).toBeLessThanOrEqual(200);
    const headingsOnly = issue({ sections: [{ id: 'a', heading: 'Trade', blocks: [], takeaways: [], related: [], aliases: [] }, { id: 'b', heading: 'Grain', blocks: [], takeaways: [], related: [], aliases: [] }] });
    expect(issueSummary(headingsOnly).text).toBe('Trade · Grain');
  });

  it('a section uses its own takeaway or paragraph, then its issue\'s summary', () => {
    const withTwo = issue({
      takeaways: [{ text: 'Issue-level point.', kind: 'explicit', sectionId: null }],
      sections: [
        { id: 'a', heading: 'Trade', blocks: [paragraph('Exports rose.')], takeaways: [], related: [], aliases: [] },
        { id: 'b', heading: 'Grain', blocks: [], takeaways: [], related: [], aliases: [] },
      ],
    });
    expect(sectionSummary(withTwo, withTwo.sections[0]).text).toBe('Exports rose.');
    expect(sectionSummary(withTwo, withTwo.sections[1]).text).toBe('Issue-level point.');
  });
});
