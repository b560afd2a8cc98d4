/**
 * Evidence added for the ninth blind batch's shapes, each on a small text of its own: a news
 * site's long menu over its headline, a "Read next" link inside the text, a saved e-mail's
 * subject over its first item, a Chinese title on two lines and its figures date, a press
 * Q&A's turns, a government release's headline under its tab title, sponsor and sign-off
 * lines, Chinese portal furniture, a read-it-later app's stamps and notes, a podcast player's
 * leftovers, a timed summary box, a record field under the date line, and a data table's rows.
 */
import { describe, expect, it } from 'vitest';
import { locateDate } from '../../../src/pipeline/evidence/date-locate';
import { isSpeakerTurn } from '../../../src/pipeline/evidence/heading-evidence';
import { tableRows } from '../../../src/pipeline/evidence/link-list';
import { uiFurniture } from '../../../src/pipeline/evidence/ui-vocabulary';
import { creditOf } from '../../../src/pipeline/evidence/credits';
import { takeawayCueMatcher, NO_EXTRA_CUES } from '../../../src/pipeline/rules/takeaway-cues';
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
const removedRule = (issue: Issue, text: string) => issue.removed.find((line) => line.text === text)?.rule;
const ui = (text: string) => uiFurniture(text, wordCount(text));
const headings = (issue: Issue) => issue.sections.map((section) => section.heading).filter((heading) => heading !== null);

const PROSE = [
  'Officials in Beijing said on Monday that the new measures would be rolled out over the summer, with local governments expected to publish their own plans by the end of June.',
  'Economists said the package was larger than expected but warned that the effect on household spending would depend on how quickly the money reached families in smaller cities.',
  'Retailers reported that sales of household appliances rose in the first two months of the year, although the pace slowed in February as the holiday effect faded.',
  'Analysts at several banks said they would wait for the detailed rules before changing their forecasts for growth and inflation in the second half of the year.',
];

describe('a news site whose menus fill the top of the page', () => {
  const menu = ['Skip to main content', 'The Harbour Times', 'Edition:', 'Asia', 'Change edition', 'Asia', 'Global', 'Europe', 'Subscribe', 'Log in',
    'Latest', 'Business', 'Markets', 'Economy', 'Politics', 'Tech', 'Opinion', 'Life & Arts', 'Spotlight', 'Podcasts', 'Video',
    'Trending', 'US-China tariffs', 'Trump 2.0', 'NPC 2025', 'Japan rice prices', 'DeepSeek', 'Rare earths', 'Chip controls', 'Property', 'Yuan', 'Hong Kong IPOs', 'Steel exports', 'China economy'];
  const page = [
    ...menu,
    'Beijing widens its trade-in subsidies to phones and tablets',
    'The expanded scheme covers more goods but leaves the size of the budget unchanged for now',
    'MEI TANAKA, senior correspondent',
    'March 18, 2025 05:00 JST',
    '',
    PROSE[0], '', PROSE[1], '',
    'Read next',
    'China keeps its growth goal and lifts the deficit target',
    '', PROSE[2], '', PROSE[3], '',
    'Latest on China economy',
    'Industrial output beats forecasts in the first two months',
    'March 17, 2025 12:15 JST',
    'Banks cut deposit rates again as margins shrink',
    'March 13, 2025 20:45 JST',
  ].join('\n');

  it('finds the headline below thirty lines of menu, and keeps the standfirst as the opening paragraph', () => {
    const issue = issueOf(page);
    expect(issue.title).toBe('Beijing widens its trade-in subsidies to phones and tablets');
    expect(issue.date).toBe('2025-03-18');
    expect(headings(issue)).toEqual([]);
    expect(visibleTexts(issue)).toContain('The expanded scheme covers more goods but leaves the size of the budget unchanged for now');
  });

  it('takes one headline under "Read next" between the paragraphs as a link, and "Latest on …" opens a tail', () => {
    const visible = visibleTexts(issueOf(page)).join('\n');
    expect(visible).not.toContain('China keeps its growth goal');
    expect(visible).not.toContain('Industrial output beats forecasts');
    expect(visible).not.toContain('JST');
    expect(visible).not.toContain('Edition:');
  });
});

describe('a saved e-mail whose subject is not its first item', () => {
  const eml = [
    'From: Harbour Letter <news@harbourletter.example.com>',
    'To: reader@example.com',
    'Subject: Beijing turns the licensing dial',
    'Date: Thu, 17 Apr 2025 06:00:00 -0400',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<html><body>',
    '<p>Good morning. The trade fight has moved from tariff rates to the licences underneath them, and this week both capitals showed how much room that leaves them.</p>',
    '<p>Today’s issue: 980 words, a 3½-minute read.</p>',
    '<h2>1 big thing: Licences become a lever</h2>',
    `<p>${PROSE[0]}</p>`,
    '<p>A MESSAGE FROM THE ALLIANCE FOR ADVANCED MANUFACTURING</p>',
    '<p>Built here. Secured here.</p>',
    '<p>Every chip made in America starts with a supply chain that runs through forty states.</p>',
    '<h2>Airlines told to pause deliveries</h2>',
    `<p>${PROSE[1]} ${PROSE[3]}</p>`,
    '<p>That’s it for this week. Tips and complaints: just hit reply. See you next Thursday.</p>',
    '<p>Want to sponsor Harbour Letter? Contact our partnerships team.</p>',
    '</body></html>',
  ].join('\r\n');

  it('keeps the subject as the title and the first item’s heading in the text', () => {
    const issue = issueOf(eml, 'letter.eml');
    expect(issue.title).toBe('Beijing turns the licensing dial');
    expect(headings(issue)).toEqual(['1 big thing: Licences become a lever', 'Airlines told to pause deliveries']);
  });

  it('leaves out the sponsor’s box under a label in capitals, the word count, the sign-off and the appeal to sponsors', () => {
    const visible = visibleTexts(issueOf(eml, 'letter.eml')).join('\n');
    for (const junk of ['A MESSAGE FROM', 'Built here', 'forty states', '3½-minute', 'hit reply', 'Want to sponsor']) expect(visible).not.toContain(junk);
  });
});

describe('a Chinese ministry’s press Q&A', () => {
  const page = [
    '首页 > 新闻动态 > 答记者问',
    '国家发展改革委有关负责同志就',
    '《关于完善价格治理机制的意见》答记者问',
    '发布时间：2025/07/24   来源：价格司',
    '　　近日，国家发展改革委印发《关于完善价格治理机制的意见》。围绕社会关心的问题，有关负责同志接受了记者采访，回答了意见出台的背景和主要内容。',
    '　　记者问：为什么要出台这份意见？',
    '　　答：近年来一些行业出现以低于成本的价格抢占市场的现象，既损害经营者自身的发展，也扰乱正常的市场秩序，需要完善价格治理机制加以规范。',
    '　　记者问：下一步有哪些工作安排？',
    '　　答：我们将会同有关部门抓紧制定配套措施，加强对各地落实情况的指导和督促，确保各项举措落地见效，并及时总结推广好的经验做法。',
    '附件：关于完善价格治理机制的意见.pdf',
  ].join('\n');

  it('reads a title broken after "就" as one title, and its date written in figures', () => {
    const issue = issueOf(page);
    expect(issue.title).toBe('国家发展改革委有关负责同志就《关于完善价格治理机制的意见》答记者问');
    expect(issue.date).toBe('2025-07-24');
    expect(findDates('发布时间：2025/07/24 来源：价格司')[0]?.iso).toBe('2025-07-24');
  });

  it('keeps the reporters’ questions as turns, not headings, and leaves the file link out', () => {
    const issue = issueOf(page);
    expect(headings(issue)).toEqual([]);
    expect(isSpeakerTurn('记者问：为什么要出台这份意见？')).toBe(true);
    expect(isSpeakerTurn('新华社记者：请问发言人对此有何评论？')).toBe(true);
    expect(visibleTexts(issue).join('\n')).not.toContain('.pdf');
  });
});

describe('a government press release under its browser tab’s title', () => {
  const page = [
    'Commerce Adds Nine Entities to the Entity List | Bureau of Trade Security',
    'Skip to main content',
    ...['Regulations', 'Licensing', 'Enforcement', 'Compliance & Training', 'Policy Guidance', 'News & Updates', 'About', 'Home', 'News & Updates', 'Press Release', 'Share:', 'Facebook', 'X', 'LinkedIn', 'Email', 'Print', 'Search', 'Menu', 'Careers', 'Data', 'Forms', 'Seal'],
    'Bureau of Trade Security',
    'Office of Congressional and Public Affairs',
    'FOR IMMEDIATE RELEASE | Wednesday, January 15, 2025 | Media Contact: press@trade.example.gov',
    'Commerce Adds Nine Entities to the Entity List',
    'Measures target the diversion of advanced chips to military end users abroad',
    '',
    PROSE[0], '', PROSE[3],
  ].join('\n');

  it('dates it from its release line, keeps the subtitle as the opening paragraph and leaves the office names out', () => {
    const issue = issueOf(page);
    expect(issue.title).toBe('Commerce Adds Nine Entities to the Entity List');
    expect(issue.date).toBe('2025-01-15');
    expect(headings(issue)).toEqual([]);
    const visible = visibleTexts(issue);
    expect(visible).toContain('Measures target the diversion of advanced chips to military end users abroad');
    expect(visible).not.toContain('Office of Congressional and Public Affairs');
  });

  it('takes a record field under the date line, and a lower-case menu item above the headline, as the page’s', () => {
    const issue = issueOf(['Home', 'e-Services', 'Press Releases', 'Agency Lists 601 Foreign Entities Under Export Rules', 'Release Date：06/14/2025', 'Data Source：Trade Security Division', 'Print | Email | Share', 'LINE', '', PROSE[0], '', PROSE[1]].join('\n'));
    expect(issue.date).toBe('2025-06-14');
    expect(headings(issue)).toEqual([]);
    expect(removedRule(issue, 'Data Source：Trade Security Division')).toBe('metadata:field');
    expect(visibleTexts(issue).join('\n')).not.toMatch(/e-Services|LINE/);
  });
});

describe('furniture of Chinese portals, reader apps and players', () => {
  it('knows captions, keyword rows, app promotions and file links', () => {
    expect(creditOf('资料图：呼和浩特市一处社区托育中心内，工作人员正在照看幼儿。')).toBe('furniture:caption');
    expect(creditOf('图为工人在港口装卸集装箱。')).toBe('furniture:caption');
    expect(ui('文章关键词：育儿补贴 呼和浩特 生育支持')).toBe('furniture:call-to-action');
    expect(ui('新浪新闻客户端 随时随地看热点 立即下载')).not.toBeNull();
    expect(ui('海量资讯 精准解读 尽在新浪新闻客户端')).not.toBeNull();
    expect(ui('附件：中华人民共和国价格法修正草案（征求意见稿）.pdf')).toBe('furniture:attachment');
    expect(ui('The annex lists the products covered by the new rules and the dates they take effect.')).toBeNull();
  });

  it('knows a domain alone on its line, a link back and curly apostrophes', () => {
    expect(ui('economicstatecraft.eu')).toBe('furniture:url');
    expect(ui('← Back to Saves')).toBe('furniture:call-to-action');
    expect(ui('That’s it for this week.')).toBe('furniture:notice');
    expect(ui('Economics')).toBeNull();
  });

  it('passes over the date a reader app stamped, for the date the byline states', () => {
    const zone = toUnits(['Saved Mar 12, 2025 · 3 highlights · 1 note', 'By Katrin Vollmer | 11 March 2025'].join('\n'));
    expect(locateDate({ zone, firstParagraph: null, emailDate: null, titles: [], foot: [], ablate: undefined }).date).toBe('2025-03-11');
  });

  it('leaves out a reader’s note and a podcast player’s leftovers', () => {
    const issue = issueOf([
      'The Yangtze Letter', 'Licences, a quieter plenum and a long chip standoff', 'Nov 12, 2025', '',
      'The Letter Podcast', 'Ep. 61 — Who blinked first? With Daniel Okafor', '0:00', '-41:07', 'Listen on', 'Apple Podcasts', 'Spotify', 'YouTube', '',
      PROSE[0], '', PROSE[1], '', PROSE[2], '',
      'Your note', 'Use the paragraph on appliances for Thursday.', '',
    ].join('\n'));
    const visible = visibleTexts(issue).join('\n');
    for (const junk of ['Letter Podcast', 'Who blinked first', 'Spotify', 'Apple Podcasts', 'Your note', 'for Thursday']) expect(visible).not.toContain(junk);
    expect(visible).toContain(PROSE[2]);
  });

  it('reads a timed summary box as a takeaway label', () => {
    const cue = takeawayCueMatcher(NO_EXTRA_CUES);
    expect(cue('THE WEEK IN 30 SECONDS')).toEqual({ inline: null });
    expect(cue('This issue in 60 seconds:')).toEqual({ inline: null });
    expect(cue('In a nutshell')).toEqual({ inline: null });
    expect(cue('The week in Beijing')).toBeNull();
  });
});

describe('a data table written out as rows', () => {
  const rows = ['Company | Ticker | Rating | Price | Target', 'Solar One | 3800 HK | Buy | HK$1.38 | HK$1.75', 'Polar Power | 600438 CH | Hold | RMB24.10 | RMB29.00'];

  it('tells a table from a menu: rows of one width, with figures', () => {
    expect([...tableRows(toUnits(rows.join('\n\n')))]).toEqual([0, 1, 2]);
    expect([...tableRows(toUnits(['Home | News | About | Contact', 'Privacy | Terms | Cookies | Sitemap'].join('\n')))]).toEqual([]);
    expect([...tableRows(toUnits(['Press release | Agency | January 13, 2025', 'Some headline of another release here'].join('\n')))]).toEqual([]);
  });

  it('keeps the rows under their caption, as paragraphs', () => {
    const issue = issueOf(['Solar makers gain from the new price rules', 'Industry Update · 16 September 2025', '', PROSE[0], '', PROSE[1], '', 'Ratings and target prices', '', ...rows.flatMap((row) => [row, ''])].join('\n'));
    const section = issue.sections.find((s) => s.heading === 'Ratings and target prices');
    expect(section?.blocks.map((block) => (block.kind === 'paragraph' ? block.text : ''))).toEqual(rows);
  });
});
