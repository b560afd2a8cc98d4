/** The four strengths of "this line is about a date" (src/pipeline/evidence/date-lines.ts), side by side. */
import { describe, expect, it } from 'vitest';
import { isDateAlone, isDateLine, mentionsDate, statesFullDate } from '../../../src/pipeline/evidence/date-lines';
import { wordCount } from '../../../src/pipeline/text/line-shape';
import { withFileMemos } from '../../../src/pipeline/text/file-memo';
import { isStampLine } from '../../../src/pipeline/evidence/title-furniture';
import { ingestFile } from '../../../src/pipeline';

const mentions = (text: string) => mentionsDate(text, wordCount(text));

describe('date lines', () => {
  it('a date alone: only a date or a time stamp', () => {
    for (const text of ['Nov 19, 2024', '2024年12月22日', 'Updated 10:05 GMT', '19.11.2024']) expect(isDateAlone(text)).toBe(true);
    for (const text of ['Beijing, 6 February 2026', 'Top 10 policies', 'November', 'Tariffs rise 25% on 1 March 2026 for steel imports']) expect(isDateAlone(text)).toBe(false);
  });

  it('mentions a date: a short line with a year or numeric date, whatever else it carries', () => {
    expect(mentions('Nov 19, 2024 · 4 min read')).toBe(true);
    expect(mentions('Two Sessions: the 2025 targets')).toBe(true);
    expect(mentions('Published on the ninth of May')).toBe(false);
    expect(mentions('The ministry said on 3 March 2026 that the rules would apply to every importer in the free-trade zones')).toBe(false);
  });

  it('states a full date: day, month and year, read by the date parser; a year alone is not one', () => {
    expect(statesFullDate('原创 林嘉怡 浦江数字治理观察 2025-03-22')).toBe(true);
    expect(statesFullDate('By Jane Doe · March 4, 2025')).toBe(true);
    expect(statesFullDate('No. 1 Document 2025: rural revitalisation')).toBe(false);
  });

  it('a date line: a full date with at most four words beside it', () => {
    withFileMemos(() => {
      expect(isDateLine('Beijing, 6 February 2026')).toBe(true);
      expect(isDateLine('Thursday, 14 March 2024')).toBe(true);
      expect(isDateLine('Posted by the editors of the weekly on 6 February 2026')).toBe(false);
      expect(isDateLine('Weekly China Insight')).toBe(false);
    });
  });
});

describe('a page time stamp is never the title', () => {
  const raw = (text: string) => ({ file: 'stamp.txt', bytes: new TextEncoder().encode(text) });
  const body = '\n\nBeijing widened its export licence regime for graphite anodes on Monday, adding three product codes to the list of goods that need a permit before they leave the country.\n\nTraders said the change would slow shipments to Korean and Japanese battery makers for several weeks while paperwork is processed.\n';

  it('reads "Updated today · …", "Last updated: 4 March", "Posted 3 hours ago" as stamps, not "Updated guidance …"', () => {
    for (const line of ['Updated today · March 2026 edition', 'Last updated: 4 March 2026', 'Posted 3 hours ago', 'Published on Mon, 3 March', 'Edited yesterday']) expect(isStampLine(line), line).toBe(true);
    for (const line of ['Updated guidance on chip exports lands', 'Published works of Lu Xun return to shelves', 'Posted workers directive revised']) expect(isStampLine(line), line).toBe(false);
  });

  it('gives a page whose only other top line is its stamp a fallback title, marked as one', () => {
    const outcome = ingestFile(raw(`Updated today · March 2026 edition${body}`), { rules: { publishers: [] } });
    expect(outcome.kind === 'issue' && outcome.issue.origin.title).toBe('fallback');
  });
});
