/**
 * A report pasted from a PDF: a title page whose title runs over two lines, a printed contents
 * list with dot leaders, each page's running header and number between hard-wrapped paragraphs,
 * numbered sections and sub-sections, a recommendation list under a lead-in sentence.
 */
import { describe, expect, it } from 'vitest';
import { ingestText, visibleTexts } from '../helpers/pipeline';

const REPORT = `Harbour Chamber of Commerce in Shanghai
Clearing the Backlog:
Customs Rules for Bonded Warehouses and Foreign Traders
Briefing Paper 2026
Shanghai, 12 February 2026
Contents
1. Background ..................................................... 2
2. What members report ............................................ 2
2.1 Release times at the border ................................... 3
2.2 Paperwork for re-exports ...................................... 3
3. Recommendations ................................................ 4
HARBOUR CHAMBER | Clearing the Backlog | February 2026
Page 2 of 4
1. Background
Bonded warehouses let foreign traders store goods in Shanghai without paying
duty until the goods leave for the domestic market, which has made the port
a regional hub for spare parts, wine and medical devices over the past
decade.
Rules issued by the customs administration last year changed how stock is
counted and reported, and members say the change has slowed every release.
2. What members report
The Chamber spoke to 24 member companies between November and January, and
the same three complaints came up in almost every conversation we held.
2.1 Release times at the border
Routine releases that took two days now take five to seven, because every
movement of stock has to be matched against an electronic ledger that is
updated only once a day by the warehouse operator and the customs office.
HARBOUR CHAMBER | Clearing the Backlog | February 2026
Page 3 of 4
2.2 Paperwork for re-exports
Goods sent on to other countries need a new declaration for every pallet,
even when a whole container leaves at once, which multiplies the forms and
the fees that brokers charge for each of them by the number of pallets.
3. Recommendations
The Chamber asks the customs administration to:
• update the electronic ledger at least every hour during working days;
• accept one declaration for each container that is re-exported whole;
• publish the average release time at each port every quarter.
HARBOUR CHAMBER | Clearing the Backlog | February 2026
Page 4 of 4`;

describe('a report pasted from a PDF', () => {
  const outcome = ingestText(REPORT);
  if (outcome.kind !== 'issue') throw new Error(outcome.rejection.reason);
  const { issue } = outcome;

  it('takes the title from both lines of the title page', () => {
    expect(issue.title).toBe('Clearing the Backlog: Customs Rules for Bonded Warehouses and Foreign Traders');
    expect(issue.date).toBe('2026-02-12');
  });

  it('heads its sections with the numbered headings, and the contents list is gone', () => {
    expect(issue.sections.map((section) => section.heading)).toEqual(['Background', 'What members report', '2.1 Release times at the border', '2.2 Paperwork for re-exports', 'Recommendations']);
    const seen = visibleTexts(issue).join('\n');
    expect(seen).not.toContain('......');
    expect(seen).not.toContain('HARBOUR CHAMBER |');
    expect(issue.removed.filter((line) => line.rule === 'furniture:contents')).toHaveLength(5);
  });

  it('joins each paragraph across its wrapped lines', () => {
    const first = issue.sections[0].blocks[0];
    expect(first.kind === 'paragraph' && first.text).toBe(
      'Bonded warehouses let foreign traders store goods in Shanghai without paying duty until the goods leave for the domestic market, which has made the port a regional hub for spare parts, wine and medical devices over the past decade.',
    );
  });
});
