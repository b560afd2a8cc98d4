/**
 * Evidence added for the tenth blind batch's shapes, each on a small text of its own: a date a
 * preposition of time leads, a date glued to its time, a memo's header block, an issuer's
 * sign-off, a title broken after a function word, a numbered section over its first
 * sub-section, a ticker over the headline and a wire's status tag, a summary box of points,
 * and the furniture of portals, transcripts and chamber mailings.
 */
import { describe, expect, it } from 'vitest';
import { locateDate } from '../../../src/pipeline/evidence/date-locate';
import { isSpeakerTurn, numberedHeadlines, outlineHeadings } from '../../../src/pipeline/evidence/heading-evidence';
import { cutSiteAffixes } from '../../../src/pipeline/evidence/title-affixes';
import { emailFurnitureOf } from '../../../src/pipeline/evidence/email-furniture';
import { creditOf } from '../../../src/pipeline/evidence/credits';
import { isEventPromoLabel, uiFurniture } from '../../../src/pipeline/evidence/ui-vocabulary';
import { findDates } from '../../../src/pipeline/text/dates';
import { toUnits } from '../../../src/pipeline/stages/04-units';
import { wordCount } from '../../../src/pipeline/text/line-shape';
import type { Issue } from '../../../src/schema';
import { ingestText, visibleTexts } from '../../helpers/pipeline';

const issueOf = (text: string, name = 'test.txt'): Issue => {
  const outcome = ingestText(text, name);
  if (outcome.kind !== 'issue') throw new Error(outcome.rejection.reason);
  return outcome.issue;
};
const ui = (text: string) => uiFurniture(text, wordCount(text));
const headings = (issue: Issue) => issue.sections.map((section) => section.heading).filter((heading) => heading !== null);
const zoneDate = (...lines: string[]) => locateDate({ zone: toUnits(lines.join('\n')), firstParagraph: null, emailDate: null, titles: [], foot: [], ablate: undefined }).date;
const footDate = (...lines: string[]) => locateDate({ zone: [], firstParagraph: null, emailDate: null, titles: [], foot: toUnits(lines.join('\n\n')), ablate: undefined }).date;

const PROSE = [
  'The commerce ministry said on Sunday that the suspension took effect immediately, lifting one of the sharpest trade measures for a year while the two sides work on a wider truce.',
  'Exporters will still have to apply for a licence for each overseas sale, a process traders say can take a month or more, and shipments to military end users remain barred.',
  'Analysts said the step was the latest in a series of concessions that followed the leaders’ meeting last month, and that more could come before the end of the year.',
];

describe('dates', () => {
  it('never takes a date a preposition of time leads for the page’s', () => {
    expect(zoneDate('Ban on approving shipments paused until Nov 27, 2026')).toBeNull();
    expect(zoneDate('Ban on approving shipments paused until Nov 27, 2026', 'November 9, 2025 2:35 PM GMT+8')).toBe('2025-11-09');
    expect(zoneDate('Published on 9 November 2025')).toBe('2025-11-09');
  });

  it('reads a date with its time glued on', () => {
    expect(findDates('November 9, 20252:35 PM GMT+8Updated 3 hours ago')[0]?.iso).toBe('2025-11-09');
  });

  it('dates a statement by its issuer’s sign-off at the foot', () => {
    expect(footDate('development.', "People's Bank of China, 20 January 2025", 'For media enquiries: Communication Department')).toBe('2025-01-20');
    expect(footDate('Beijing, the capital, said it would act soon.')).toBeNull();
  });
});

describe('a memo pasted from a word processor', () => {
  const memo = [
    'HARTWELL MACHINERY GROUP',
    'INTERNAL BRIEFING NOTE',
    'Classification: Internal',
    'TO:\tExecutive Committee',
    'FROM:\tGovernment Relations, Asia Desk',
    'DATE:\t14.03.2025',
    'RE:\tChina after the 2025 National People’s Congress: what changes for us',
    '',
    '1. Purpose',
    PROSE[0],
    '2. What Beijing decided',
    '2.1 Growth target and fiscal stance',
    PROSE[1],
    '2.2 Consumption and prices',
    PROSE[2],
    '3. Outlook',
    PROSE[0],
  ].join('\n');

  it('takes its subject line for the title and its date line for the date, and leaves the header out', () => {
    const issue = issueOf(memo);
    expect(issue.title).toBe('China after the 2025 National People’s Congress: what changes for us');
    expect(issue.date).toBe('2025-03-14');
    expect(visibleTexts(issue).join('\n')).not.toContain('Executive Committee');
  });

  it('keeps a numbered section over its first sub-section as a heading', () => {
    expect([...outlineHeadings(toUnits(['2. What Beijing decided', '2.1 Growth target', PROSE[0], '5. Implications', '5.1 Market access', PROSE[1]].join('\n')))]).toEqual([0, 3]);
    expect(numberedHeadlines(toUnits(['1. Purpose', PROSE[0], '2. Outlook', PROSE[1], '3. Recommendations', '(a) Prepare a pricing scenario for the region.', '(b) Approve dual sourcing of tooling.'].join('\n')))).toEqual(new Set([0, 2, 4]));
    expect(headings(issueOf(memo))).toEqual(['Purpose', '2. What Beijing decided', '2.1 Growth target and fiscal stance', '2.2 Consumption and prices', 'Outlook']);
  });
});

describe('titles', () => {
  it('joins a title a PDF’s cover breaks after a word no title ends on', () => {
    const issue = issueOf(['THE PEOPLE’S BANK OF CHINA', '', 'Statement on Monetary Policy Operations in 2024 and the', 'Policy Stance for 2025', '', PROSE[0], '', PROSE[1]].join('\n'));
    expect(issue.title).toBe('Statement on Monetary Policy Operations in 2024 and the Policy Stance for 2025');
  });

  it('cuts a wire’s status tag and a mailer’s emoji, and passes over a ticker’s headline', () => {
    expect(cutSiteAffixes('(LEAD) S. Korea’s chip exports to China fall for first time in five quarters', [])).toBe('S. Korea’s chip exports to China fall for first time in five quarters');
    expect(cutSiteAffixes('UPDATE 2-China suspends export ban on gallium', [])).toBe('China suspends export ban on gallium');
    expect(cutSiteAffixes('🧲 Beijing’s rare-earth rulebook goes global', [])).toBe('Beijing’s rare-earth rulebook goes global');
    const issue = issueOf(['Yonhap News Agency', 'NATIONAL', 'ECONOMY', 'Breaking News', '(URGENT) U.S. tariffs take effect on Korean goods', 'ECONOMY', '(LEAD) Chip exports to China fall for the first time in five quarters', '2025-04-09 14:31', '', PROSE[1], '', PROSE[2]].join('\n'));
    expect(issue.title).toBe('Chip exports to China fall for the first time in five quarters');
    expect(visibleTexts(issue).join('\n')).not.toContain('URGENT');
  });
});

describe('a wire story’s summary box', () => {
  it('reads short points under "Summary" as takeaways, and "Summary" over paragraphs as a heading', () => {
    const box = issueOf(['China suspends export ban on three metals to US', 'November 9, 2025', 'Summary', 'Ban on approving shipments paused for a year', 'Stricter graphite checks also suspended', 'Metals stay on the dual-use list', '', PROSE[0], '', PROSE[1]].join('\n'));
    expect(box.takeaways.map((takeaway) => takeaway.text)).toEqual(['Ban on approving shipments paused for a year', 'Stricter graphite checks also suspended', 'Metals stay on the dual-use list']);
    expect(headings(box)).toEqual([]);
    const report = issueOf(['The state of dual-use licensing', 'December 1, 2025', '', 'Summary', PROSE[0], PROSE[1], '', 'Findings', PROSE[2]].join('\n'));
    expect(report.takeaways).toEqual([]);
    expect(headings(report)).toContain('Summary');
  });
});

describe('furniture of portals, transcripts and chamber mailings', () => {
  it('knows the lines', () => {
    expect(ui('Story continues')).toBe('furniture:call-to-action');
    expect(ui('^SPX')).toBe('furniture:quote');
    expect(ui('| All, Japan, China, Business')).toBe('furniture:tags');
    expect(ui('Media inquiries: press@marlowcenter.org')).toBe('furniture:call-to-action');
    expect(ui('(END)')).toBe('furniture:call-to-action');
    expect(ui('END')).toBe('furniture:call-to-action');
    expect(ui('Endgame for the tariff truce')).toBeNull();
    expect(emailFurnitureOf('Warm regards,')).toBe('email:valediction');
    expect(emailFurnitureOf('Regards to the team in Shanghai were passed on.')).toBeNull();
    expect(creditOf('数据来源：海关总署，贸易与政策观察整理')).toBe('furniture:image-credit');
    expect(creditOf('Hannah reports on Chinese economic policy and U.S.-China relations from Beijing.')).toBe('furniture:author-bio');
    expect(isEventPromoLabel('MEMBERS ONLY')).toBe(true);
    expect(isSpeakerTurn('Audience member: [00:10:10] A follow-up on the timing?')).toBe(true);
  });

  it('cuts a transcript page’s related events, and keeps a menu’s last item off the body', () => {
    const issue = issueOf(['Home', 'Explore', 'Bookmarks', 'Communities', 'Premium', '', 'After the truce: allies and critical minerals', 'November 14, 2025', '', PROSE[0], '', PROSE[1], '', PROSE[2], '', 'Related events', 'Critical Minerals After the Truce: Can Allies Build Capacity in Time?', 'December 4, 2025', 'The Fifteenth Five-Year Plan and Growth', 'November 20, 2025'].join('\n'));
    const visible = visibleTexts(issue).join('\n');
    expect(visible).not.toContain('Can Allies Build Capacity');
    expect(visible).not.toContain('Communities');
    expect(headings(issue)).toEqual([]);
  });
});

describe('from the eleventh batch', () => {
  it('reads a dateline alone on its line under a release’s summary bullets', () => {
    const issue = issueOf(['Press Release No. 25/287', 'FOR IMMEDIATE RELEASE', '', 'Staff Completes 2025 Mission to China', '', `${PROSE[0]} ${PROSE[1]}`, '', '• Growth held up well this year.', '• Deflation still weighs on demand.', '', 'Washington, DC: August 15, 2025', PROSE[2]].join('\n'));
    expect(issue.date).toBe('2025-08-15');
    expect(visibleTexts(issue).join('\n')).not.toContain('Washington, DC: August 15');
  });

  it('takes the day a saved page shows over its UTC timestamp a day off', () => {
    const page = [
      '<html><head><title>Task group shows the navy’s reach | The Strategist</title>',
      '<meta property="article:published_time" content="2025-03-12T19:00:00+00:00"></head><body><article>',
      '<h1>Task group shows the navy’s reach</h1>',
      '<time datetime="2025-03-13T06:00:00+11:00">13 Mar 2025</time>',
      `<p>${PROSE[0]}</p><p>${PROSE[1]}</p>`,
      '</article></body></html>',
    ].join('\n');
    expect(issueOf(page, 'page.html').date).toBe('2025-03-13');
  });

  it('dates an aggregator’s copy by the line under its headline, not by the site bar’s date', () => {
    const menu = ['Home', 'World News', 'Asia-Pacific', 'Defense', 'Economics', 'Energy', 'Opinion', 'Analysis', 'Newsletter'];
    const issue = issueOf(['Skip to content', 'Saturday, March 22, 2025', 'Global Security Digest', ...menu, '', 'Navy Task Group Exposes a Southern Blind Spot – Analysis', '', 'By ASPI  March 14, 2025  0 Comments', '', PROSE[0], '', PROSE[1]].join('\n'));
    expect(issue.date).toBe('2025-03-14');
  });

  it('knows a government site’s banner and an "Also Read" link', () => {
    expect(ui('A Singapore Government Agency Website How to identify')).toBe('furniture:notice');
    expect(ui('Also Read | Why steel makers want a safeguard duty on Chinese imports')).toBe('furniture:notice');
  });
});
