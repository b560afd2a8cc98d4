import { describe, expect, it } from 'vitest';
import { toUnits } from '../../../src/pipeline/stages/04-units';

describe('toUnits', () => {
  it('keeps one unit a line when paragraphs are one line each', () => {
    expect(toUnits('Heading\nA paragraph that is long enough to be prose.\nAnother one.').map((u) => u.text)).toHaveLength(3);
  });

  it('joins hard-wrapped e-mail paragraphs and keeps their line numbers', () => {
    const units = toUnits('Title\n\nPremier Li opened the congress on Thursday with a\nreport that set the growth target at around 4.5 to\n5 percent.\n\nNext.');
    expect(units[1]).toEqual({ lines: [3, 4, 5], text: 'Premier Li opened the congress on Thursday with a report that set the growth target at around 4.5 to 5 percent.', words: 21 });
  });

  it('does not join header fields, list items or short lines', () => {
    expect(toUnits('From: Desk <desk@example.org>\nDate: Mon, 9 Mar 2026 08:02:11 +0800\nSubject: Asia Policy Monitor')).toHaveLength(3);
    expect(toUnits('- first item that is fairly long here\n- second item that is fairly long too')).toHaveLength(2);
  });

  it('keeps a list of headlines one a line, however long (none ends a sentence, each opens in capitals)', () => {
    const list = 'Premier Li urges all-out effort to stabilize jobs for college graduates\nShanghai opens cross-border data service center for foreign firms\nHeavy rain alert issued for parts of Guangdong and Guangxi';
    expect(toUnits(list)).toHaveLength(3);
  });

  it('joins a wrapped "Comment:" field with the lower-case line under it, in a page of wrapped lines', () => {
    const page = [
      '1. The last tranche of the hidden-debt swap begins',
      'The Ministry of Finance has told provinces to issue the final two',
      'trillion yuan of refinancing bonds under the 2024 debt-swap package',
      'early in the year, with coastal provinces asked to go first and soon.',
      'Comment: Front-loading buys time but not solvency; watch whether',
      'interior provinces get extra room for new special bonds in March.',
    ].join('\n');
    expect(toUnits(page).map((u) => u.text).at(-1)).toBe('Comment: Front-loading buys time but not solvency; watch whether interior provinces get extra room for new special bonds in March.');
  });

  it('never joins a rule line to the wrapped paragraph under it', () => {
    const rule = '-'.repeat(72);
    const units = toUnits(`${rule}\nUpcoming webinar: Outlook 2025 for foreign investors in China,\n5 December, 15:00 Beijing time. Register at our events page.`);
    expect(units.map((u) => u.text)).toEqual([rule, 'Upcoming webinar: Outlook 2025 for foreign investors in China, 5 December, 15:00 Beijing time. Register at our events page.']);
  });

  describe('a page pasted from a PDF (no blank line between paragraphs, every line broken at one width)', () => {
    const page = [
      'Member States Trade Review 2026',
      'Key Recommendations',
      '1. Publish every tender notice on the national portal at least thirty days',
      'before the deadline, in full and in English as well as Chinese.',
      '• Define a domestic product by where it is made, not by who owns the',
      'company that makes it.',
      '2. Market access',
      'China applied to join the Government Procurement Agreement in 2007 and has',
      'tabled seven offers since. Members say that the rules have improved in the',
      'past decade, yet specifications are still written around local products, and',
      'scores cannot be reconciled with the published criteria.',
      'The Working Group welcomes the new draft rules on product origin.',
      'Page 14 of 60',
      'Member States Trade Review 2026',
      'Purchasing departments are told to "prioritise" local brands, and the ad-',
      'vice reaches bidders only by word of mouth, never in writing.',
    ];
    const texts = () => toUnits(page.join('\n')).map((u) => u.text);

    it('joins each paragraph and list item, and keeps headings, page numbers and the running header apart', () => {
      expect(texts()).toEqual([
        'Member States Trade Review 2026',
        'Key Recommendations',
        '1. Publish every tender notice on the national portal at least thirty days before the deadline, in full and in English as well as Chinese.',
        '• Define a domestic product by where it is made, not by who owns the company that makes it.',
        '2. Market access',
        'China applied to join the Government Procurement Agreement in 2007 and has tabled seven offers since. Members say that the rules have improved in the past decade, yet specifications are still written around local products, and scores cannot be reconciled with the published criteria.',
        'The Working Group welcomes the new draft rules on product origin.',
        'Page 14 of 60',
        'Member States Trade Review 2026',
        // (A word broken at a hyphen keeps it: "ad-vice" cannot be told from "range-based" without a dictionary.)
        'Purchasing departments are told to "prioritise" local brands, and the ad-vice reaches bidders only by word of mouth, never in writing.',
      ]);
    });

    it('keeps every line of it in some unit, once', () => {
      const lines = toUnits(page.join('\n')).flatMap((u) => u.lines);
      expect(lines).toEqual(page.map((_, i) => i + 1));
    });

    it('keeps a running header set as a row ("A | B | C"), a source line and a contents entry apart, and still joins the page', () => {
      const report = [
        '2. The regulatory landscape ....................................... 2',
        '2.1 Dual-use licensing in practice ................................ 3',
        'Ministries remain the licensing authorities, but customs offices and the',
        'provincial departments play a growing role in checking what is declared at',
        'the border, and members say reviews are often paused without a reason.',
        'HARBOUR CHAMBER | Licensing Under Pressure | March 2026',
        'Source: member interviews, January 2026',
        'The controls on processing technology had the largest knock-on effect on',
        'suppliers, several of which hold less than eight weeks of inventory now,',
        'and chemicals makers report that licences are granted only for quantities',
        'that match a declared annual demand, which makes new orders hard to meet.',
      ];
      expect(toUnits(report.join('\n')).map((u) => u.text)).toEqual([
        report[0],
        report[1],
        `${report[2]} ${report[3]} ${report[4]}`,
        report[5],
        report[6],
        report.slice(7).join(' '),
      ]);
    });

    it('joins a paragraph that a page break cuts in two, and keeps the page furniture apart after it', () => {
      const cut = [...page.slice(7, 11), 'However, the thresholds for components are not yet known for most', 'Page 14 of 60', 'Member States Trade Review 2026', 'product categories, and members fear that they may be set at levels that', 'only a few suppliers can meet, or that buyers will apply them unevenly.', ...page.slice(12)];
      expect(toUnits(cut.join('\n')).map((u) => u.text)).toEqual([
        page.slice(7, 11).join(' '),
        'However, the thresholds for components are not yet known for most product categories, and members fear that they may be set at levels that only a few suppliers can meet, or that buyers will apply them unevenly.',
        'Page 14 of 60',
        'Member States Trade Review 2026',
        'Page 14 of 60',
        'Member States Trade Review 2026',
        'Purchasing departments are told to "prioritise" local brands, and the ad-vice reaches bidders only by word of mouth, never in writing.',
      ]);
    });

    it('leaves a page of one paragraph a line alone, and short lines (a signature, an address) too', () => {
      const web = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} is a whole paragraph on one line, as a web page copies it: it runs well past any wrap width a mail client or a PDF would use.`);
      expect(toUnits(web.join('\n'))).toHaveLength(8);
      const signature = ['Kind regards,', 'Mei Tan', 'Senior Analyst', 'Harbour Lane Advisory', '12 Queen Street', 'Singapore 049315', '+65 5555 0188'];
      expect(toUnits(signature.join('\n'))).toHaveLength(7);
    });
  });

  it('marks Markdown and bold headings', () => {
    expect(toUnits('## Subsidies\n**Why it matters**')).toEqual([
      { lines: [1], text: 'Subsidies', heading: true, words: 1 },
      { lines: [2], text: 'Why it matters', heading: true, words: 3 },
    ]);
  });

  it('never wraps a long title line into the dateline under it', () => {
    expect(toUnits('Markup Watch: what the scrapers pasted today\nBeijing, 3 March 2026').map((u) => u.text)).toEqual([
      'Markup Watch: what the scrapers pasted today',
      'Beijing, 3 March 2026',
    ]);
  });

  it('never wraps a long title line into the byline under it', () => {
    expect(toUnits('The end of de minimis and what it means for Chinese cross-border sellers\nPosted on May 8, 2025 by Alan Petrovic-Zhang').map((u) => u.text)).toEqual([
      'The end of de minimis and what it means for Chinese cross-border sellers',
      'Posted on May 8, 2025 by Alan Petrovic-Zhang',
    ]);
    // A wrapped sentence that goes on with "By 2027 …" is still one paragraph.
    expect(toUnits('The fund has spent most of what it raised in the first two rounds of\nBy 2027 the fund expects to have invested all of it in chip tools.')).toHaveLength(1);
  });
});
