/** The sample corpus against docs/sample-corpus.md, point by point. */
import { describe, expect, it } from 'vitest';
import { IssueSchema, type Issue } from '../../src/schema';
import { ingestFolder, ingestSample, RAW_DIR, visibleTexts } from '../helpers/pipeline';

const headings = (issue: Issue) => issue.sections.map((section) => section.heading);
const allText = (issue: Issue) => visibleTexts(issue).join('\n');
const blocksOf = (issue: Issue) => issue.sections.flatMap((section) => section.blocks);

const WEEKLY_HEADINGS = [
  'Xi and Trump pledge stability in a rare and wide-ranging call',
  'Xi and Putin reaffirm strategic alignment via videoconferencing',
  'Chinese provinces lower 2026 growth targets as economic headwinds persist',
];
const TAKEAWAY_STARTS = [
  'The Xi-Trump call signals',
  'The Xi-Putin call signaled',
  'The widespread reduction in provincial GDP growth targets signals',
  'With mechanization now viewed as essential',
];

describe.each([
  ['000_e7298f76f3934d72.txt', 'Ag-tech takes center stage in China’s 2026 No. 1 Document'],
  ['001_cd2cf3c2f2888c79.txt', "Ag-tech takes center stage in China's 2026 No. 1 Document"],
])('%s: Weekly China Insight', (file, agTechHeading) => {
  const issue = ingestSample(file);

  it('has the title, dateline, date and format', () => {
    expect(issue.title).toBe('Weekly China Insight');
    expect(issue.place).toBe('Beijing');
    expect(issue.date).toBe('2026-02-06');
    expect(issue.isoWeek).toBe('2026-W06');
    expect(issue.format).toBe('newsletter');
  });

  it('has four sections with the headings verbatim, in order', () => {
    expect(headings(issue)).toEqual([...WEEKLY_HEADINGS, agTechHeading]);
  });

  it('has one takeaway a section: the closing analytical paragraph', () => {
    expect(issue.takeaways).toHaveLength(4);
    issue.sections.forEach((section, i) => {
      expect(section.takeaways).toHaveLength(1);
      expect(section.takeaways[0].text.startsWith(TAKEAWAY_STARTS[i])).toBe(true);
      expect(section.takeaways[0].sectionId).toBe(section.id);
      // The takeaway is set apart, not repeated as body text.
      expect(section.blocks.some((b) => b.kind === 'paragraph' && b.text === section.takeaways[0].text)).toBe(false);
    });
  });

  it('keeps the blurb and its contact address out of the body', () => {
    expect(allText(issue)).not.toMatch(/Founded in Stockholm|kchina@kreab\.com|WeChat/);
  });
});

describe('000 carries the metadata only it states', () => {
  const issue = ingestSample('000_e7298f76f3934d72.txt');
  it('publisher, series and week', () => {
    expect(issue.publisher).toBe('Kreab');
    expect(issue.series).toBe('SwedCham China Insights');
    expect(issue.week).toEqual({ start: '2026-02-02', end: '2026-02-06', text: 'February 2 - February 6, 2026' });
  });
  it('is cut off: its last takeaway has no full stop', () => {
    expect(issue.takeaways[3].text.endsWith('system-wide modernization effort')).toBe(true);
  });
});

describe('001 is the complete copy', () => {
  const issue = ingestSample('001_cd2cf3c2f2888c79.txt');
  it('ends on the complete sentence', () => {
    expect(issue.takeaways[3].text.endsWith('system-wide modernization effort.')).toBe(true);
  });
  it('states no publisher, series or week of its own', () => {
    expect([issue.publisher, issue.series, issue.week]).toEqual([null, null, null]);
  });
});

describe('002: news page with an appended article', () => {
  const issue = ingestSample('002_f7038c5fbcec46f4.txt');
  const text = allText(issue);

  it('has the title, date and format', () => {
    expect(issue.title).toBe('China unveils key measures for high-quality foreign trade growth in 2026');
    expect(issue.date).toBe('2026-01-26');
    expect(issue.format).toBe('article');
  });

  it('is one untitled section without invented takeaways', () => {
    expect(headings(issue)).toEqual([null]);
    expect(issue.takeaways).toEqual([]);
    expect(blocksOf(issue)[0]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^China's Ministry of Commerce on Monday/) });
  });

  it('shows none of the page junk', () => {
    for (const junk of ['Skip to Content', 'Facebook', 'Feature Image', 'Last Updated At', 'Recommended Articles', '17:14']) {
      expect(text).not.toContain(junk);
    }
    expect(visibleTexts(issue).filter((t) => t === 'China')).toEqual([]);
    // The title is shown once, as the title, not repeated in the body.
    expect(visibleTexts(issue).filter((t) => t === issue.title)).toHaveLength(1);
  });

  it('leaves the appended UN article out and reports it', () => {
    expect(text).not.toMatch(/United Nations|Paris Agreement|Farhan Haq|UN discourages/);
    const note = issue.notes.find((n) => n.rule === 'appended-article');
    expect(note?.message).toContain('UN discourages any efforts to retreat from climate commitments: spokesman');
    expect(issue.removed.filter((r) => r.rule === 'appended-article').length).toBeGreaterThanOrEqual(8);
  });
});

describe('003: think-tank long read without title or date', () => {
  const issue = ingestSample('003_0a6bf08919da8192.txt');

  it('invents neither a title nor a date, and reports both', () => {
    expect(issue.origin.title).toBe('fallback');
    expect(issue.title.startsWith('Untitled')).toBe(true);
    expect(issue.date).toBeNull();
    expect(issue.notes.map((n) => n.rule)).toEqual(expect.arrayContaining(['missing-title', 'missing-date']));
  });

  it('has an untitled introduction, then six sections with the headings verbatim', () => {
    expect(headings(issue)).toEqual([
      null,
      'Why Bother With Provincial Work Reports?',
      'Provincial Targets Suggest a Modest 2025 GDP Goal',
      'Boosting Domestic Demand Will Take 2025’s Top Spot',
      'Innovation Increasingly Underpins Everything',
      'China Still Wants to “Open Up” to the World – Selectively',
      'Authorities Are Updating Their Social-Stability Toolbox',
    ]);
  });

  it('has five figures, each a title with its source caption', () => {
    const figures = blocksOf(issue).filter((b) => b.kind === 'figure');
    expect(figures).toHaveLength(5);
    expect(figures[0]).toEqual({
      kind: 'figure',
      title: 'This year’s provincial growth targets signal stability over speed',
      caption: 'Source: TBI analysis. Note: Due to a lack of available data, Jilin and Shanxi are excluded.',
    });
    for (const figure of figures) expect(figure.kind === 'figure' && figure.caption.startsWith('Source: TBI analysis')).toBe(true);
  });

  it('turns the three items after "…including by:" into a list', () => {
    const blocks = issue.sections[6].blocks;
    const leadIn = blocks.findIndex((b) => b.kind === 'paragraph' && b.text.endsWith('including by:'));
    const list = blocks[leadIn + 1];
    expect(list.kind).toBe('list');
    expect(list.kind === 'list' && list.items.map((item) => item.split(' ')[0])).toEqual(['Building', 'Improving', 'Adopting']);
  });
});

describe('004: supply-chain page with structured blocks', () => {
  const issue = ingestSample('004_7de9b2ebce4873b3.txt');
  const section = (heading: string) => issue.sections.find((s) => s.heading === heading)!;
  const text = allText(issue);

  it('has the title, no date, the format and the card metadata', () => {
    expect(issue.title).toBe('China Unveils 2026 Policy Framework to Drive Innovation and Trade');
    expect(issue.date).toBeNull();
    expect(issue.format).toBe('article');
    expect([issue.category, issue.sentiment, issue.impact]).toEqual(['Trade Policy', 'Bullish', 8]);
  });

  it('shows none of the page furniture or the methodology footer', () => {
    for (const junk of ['min read', 'Verified by', 'Trade Policy Bullish', 'How we covered this story', 'Impact scoring', 'editorial gate']) {
      expect(text).not.toContain(junk);
    }
    expect(visibleTexts(issue)).not.toContain('Share');
  });

  it('has the two explicit key takeaways', () => {
    expect(issue.takeaways).toHaveLength(2);
    expect(issue.takeaways.every((t) => t.kind === 'explicit' && t.sectionId === null)).toBe(true);
    expect(issue.takeaways[0].text).toMatch(/^China has announced a comprehensive 2026 policy package/);
    expect(issue.takeaways[1].text).toMatch(/^The strategy focuses on 'new quality productive forces'/);
  });

  it('has five key facts with the glued numbers removed', () => {
    expect(section('Key Facts').blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [
          "The 2026 policy prioritizes 'New Quality Productive Forces' to drive high-tech manufacturing.",
          "China aims to further reduce the 'negative list' for foreign investment in the logistics and service sectors.",
          "Significant focus on 'Green Supply Chains' to align with international carbon regulations like CBAM.",
          "Expansion of 'Silk Road E-commerce' zones to facilitate cross-border trade for SMEs.",
          'Commitment to reducing total social logistics costs through AI and digital infrastructure integration.',
        ],
      },
    ]);
  });

  it('reads "Mentioned" and "Who\'s Affected" as entities, not prose', () => {
    expect(section('Mentioned').blocks).toEqual([
      {
        kind: 'entities',
        items: [
          { name: 'China', type: 'country', sentiment: null },
          { name: "National People's Congress", type: 'organization', sentiment: null },
          { name: 'Belt and Road Initiative', type: 'technology', sentiment: null },
        ],
      },
    ]);
    const affected = section("Who's Affected").blocks;
    expect(affected).toHaveLength(1);
    expect(affected[0].kind === 'entities' && affected[0].items.map((e) => `${e.name}/${e.type}/${e.sentiment}`)).toEqual([
      'Global Manufacturers/company/Positive',
      'Logistics Providers/company/Positive',
      'Western Tech Firms/company/Neutral',
      'Sourcing Managers/company/Positive',
    ]);
  });

  it('keeps "Analysis" and "What to Watch" as prose, with the pull quote once', () => {
    expect(section('Analysis').blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(section('What to Watch').blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    const pullQuote = "China's 2026 economic blueprint, unveiled during the annual legislative sessions, marks a pivotal moment for global supply chains.";
    expect(text.split(pullQuote).length - 1).toBe(1);
    expect(issue.removed.some((r) => r.rule === 'pull-quote')).toBe(true);
  });

  it('has one "Timeline" section listing the four phases', () => {
    expect(headings(issue).filter((h) => h === 'Timeline')).toHaveLength(1);
    expect(section('Timeline').blocks).toEqual([
      { kind: 'list', ordered: true, items: ['Policy Unveiling', 'Implementation Phase', 'Mid-Year Review', 'Annual Target Assessment'] },
    ]);
  });
});

describe('the whole sample corpus', () => {
  it('000 and 001 are one issue: text from the complete copy, metadata from both', async () => {
    const result = await ingestFolder(RAW_DIR);
    const weekly = result.issues.filter((issue) => issue.title === 'Weekly China Insight');
    expect(weekly).toHaveLength(1);
    const [issue] = weekly;
    expect(issue.sources.map((s) => s.file)).toEqual(['001_cd2cf3c2f2888c79.txt', '000_e7298f76f3934d72.txt']);
    expect(issue.sources[1].similarity).toBeGreaterThan(0.9);
    expect(issue.takeaways[3].text.endsWith('system-wide modernization effort.')).toBe(true);
    expect(issue.sections[3].heading).toBe("Ag-tech takes center stage in China's 2026 No. 1 Document");
    expect([issue.publisher, issue.series, issue.week?.start, issue.week?.end]).toEqual(['Kreab', 'SwedCham China Insights', '2026-02-02', '2026-02-06']);
    expect(issue.aliases).toHaveLength(1);
    expect(result.duplicates).toEqual([{ file: '000_e7298f76f3934d72.txt', canonical: issue.id, similarity: issue.sources[1].similarity }]);
    expect(issue.notes.map((n) => n.rule)).toEqual(['merged-metadata', 'merged-metadata', 'merged-metadata', 'duplicate-merged']);
  });

  it('accounts for every file and every line', async () => {
    const result = await ingestFolder(RAW_DIR);
    expect([result.issues.length, result.duplicates.length, result.rejected.length]).toEqual([4, 1, 0]);
    for (const issue of result.issues) IssueSchema.parse(issue);
    expect(result.notes.filter((n) => n.rule === 'ledger')).toEqual([]);
  });
});
