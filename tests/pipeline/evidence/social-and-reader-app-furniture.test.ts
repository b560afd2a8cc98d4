/**
 * Furniture of social posts, channels, reader apps, webmail and paywalls, found by evidence that
 * holds across sites (counters, handles, tags, post stamps, sender lines, thread marks), and
 * the lines that must stay.
 */
import { describe, expect, it } from 'vitest';
import { emailFurnitureOf } from '../../../src/pipeline/evidence/email-furniture';
import { cutSiteAffixes } from '../../../src/pipeline/evidence/title-affixes';
import { uiFurniture } from '../../../src/pipeline/evidence/ui-vocabulary';
import { NO_EXTRA_CUES, takeawayCueMatcher } from '../../../src/pipeline/rules/takeaway-cues';
import { stripBoilerplate } from '../../../src/pipeline/stages/05-strip-boilerplate';
import { GENERIC_BOILERPLATE } from '../../../src/pipeline/rules/generic-rules';
import { wordCount } from '../../../src/pipeline/text/line-shape';
import { removedLines, unitsOf } from '../../helpers/stages';

const ui = (text: string) => uiFurniture(text, wordCount(text));

describe('social and reader-app furniture', () => {
  it.each([
    ['12 Replies 48 Reposts 310 Likes 27 Bookmarks', 'furniture:counter'],
    ['18.6K subscribers', 'furniture:counter'],
    ['8.1K', 'furniture:counter'],
    ['👍 214  🔥 37  🤔 12', 'furniture:counter'],
    ['edited 14:05', 'furniture:counter'],
    ['Mar 4', 'furniture:counter'],
    ['Page 14 of 60', 'furniture:counter'],
    ['@cn_techpolicy', 'furniture:handle'],
    ['#AI #chips #exportcontrols', 'furniture:tags'],
    ['www.example-chamber.org', 'furniture:url'],
    ['Join Channel', 'furniture:call-to-action'],
    ['Join 14,200 readers from industry, government and research.', 'furniture:call-to-action'],
    ['3d • Edited •', 'furniture:counter'],
    ['#地方财政 19个', 'furniture:tags'],
    ['Client alert | 7 min read', 'furniture:counter'],
    ['收录于合集', 'furniture:call-to-action'],
    ['微博认证：财经博主 头条文章作者', 'furniture:call-to-action'],
    ['Already a subscriber? Log in', 'furniture:notice'],
    ["Welcome back! You've successfully signed in.", 'furniture:notice'],
    ['Success! Your billing info is updated.', 'furniture:notice'],
    ['原创 周明远 长风政经观察', 'furniture:call-to-action'],
    ['(本文仅代表作者个人观点，不构成任何投资建议)', 'furniture:notice'],
    ['[NECMA logo] National Electronic Components Manufacturers Alliance', 'furniture:placeholder'],
    ['-15s', 'furniture:counter'],
    ['Jan-24 Apr-24 Jul-24 Oct-24 Jan-25', 'furniture:counter'],
    ['Font size: Large Medium Small', 'furniture:call-to-action'],
    ['Embed', 'furniture:call-to-action'],
    ['听新闻', 'furniture:call-to-action'],
    ['Episode 88: What the 15th Five-Year Plan says about tech →', 'furniture:call-to-action'],
    ['Gift this article', 'furniture:call-to-action'],
    ['Replying to @kwhitfield_ag', 'furniture:call-to-action'],
    ['Recommended newsletters for you', 'furniture:call-to-action'],
    ['Sign up for our newsletter: The Hong Kong Briefing, in your inbox every weekday morning', 'furniture:notice'],
    ["You've read the free portion of this article. Subscribe for unlimited access to our reporting.", 'furniture:notice'],
    ['Notes on supply chains and rules of origin. Published every two weeks.', 'furniture:notice'],
  ])('%s is %s', (line, kind) => expect(ui(line)).toBe(kind));

  it.each([
    'March 4 2025 marked the start of the new tariff round',
    'Page 14 of the report sets out the new quota',
    '5 ministries signed the notice',
    'The #1 priority is the grain harvest',
    'Join the WTO talks? Beijing says no',
    'Joining 40 other economies, China signed the agreement on e-commerce rules',
    '3 December meeting of the working group',
    'Embedded finance rules tighten',
    'Exports rose in Jan-24 and Apr-24 before the tariffs',
    'Conversations with exporters in Yiwu suggest orders are down',
  ])('%s stays', (line) => expect(ui(line)).toBeNull());

  it('reads a webmail sender line and "to me" as e-mail furniture, but leaves a From: field to the header', () => {
    expect(emailFurnitureOf('The Financial Chronicle <newsletters@chronicle-mail.example.com>')).toBe('email:sender-line');
    expect(emailFurnitureOf('to me')).toBe('email:sender-line');
    expect(emailFurnitureOf('From: Asia Desk <desk@example-research.org>')).toBeNull();
    expect(emailFurnitureOf('to meet the 2025 target, Beijing raised quotas')).toBeNull();
  });

  it("removes a post's author: the name over the handle", () => {
    const { units, ledger } = unitsOf(
      'Karen Whitfield\n@kwhitfield_ag\nBeijing’s retaliation list just dropped and it is aimed squarely at the farm belt, with new duties on soybeans and pork.\n\nKaren Whitfield\n@kwhitfield_ag\nNotice what sits at 10% rather than 15%: soybeans and pork, where China still needs US supply in some months.',
    );
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(removedLines(ledger)).toEqual([
      'furniture:byline: Karen Whitfield',
      'furniture:handle: @kwhitfield_ag',
      'furniture:byline: Karen Whitfield',
      'furniture:handle: @kwhitfield_ag',
    ]);
  });

  it("cuts a thread's marks from its title, and reads a takeaway after a post counter", () => {
    expect(cutSiteAffixes("THREAD: How China's new rare-earth export controls actually work 🧵", [])).toBe("How China's new rare-earth export controls actually work");
    expect(cutSiteAffixes('Why the port fee matters less than it looks (1/8)', [])).toBe('Why the port fee matters less than it looks');
    expect(cutSiteAffixes('Thread safety rules for lithium batteries tighten', [])).toBe('Thread safety rules for lithium batteries tighten');
    expect(cutSiteAffixes('1/3 of exporters report new licence delays', [])).toBe('1/3 of exporters report new licence delays');
    expect(cutSiteAffixes('Chip output figures for Q1/2', [])).toBe('Chip output figures for Q1/2');
    expect(cutSiteAffixes('Beijing answers the tariff pause 👇', [])).toBe('Beijing answers the tariff pause');
    const cue = takeawayCueMatcher(NO_EXTRA_CUES);
    expect(cue('14/ Bottom line: Beijing has built a licensing system, not a ban.')).toEqual({ inline: 'Beijing has built a licensing system, not a ban.' });
  });
});

describe("a PDF's running lines", () => {
  it('removes the short lines that stand by page numbers at two page breaks, and keeps a heading that stands by one', () => {
    const page = (n: number, heading: string) =>
      `The working group reports that tender rules have improved, but members still describe specifications written around domestic products.\nPage ${n} of 60\nwww.example-chamber.org\nPosition Paper 2025/2026\n${heading}\nMembers supplying hospitals and universities report average payment delays of six months or more, with some invoices from 2023 still outstanding.`;
    const opening = 'Government procurement in China is worth more than three trillion yuan a year, and public buyers are the largest customers many European firms have.\nAccess to these contracts on equal terms is one of the most important tests of whether commitments to treat foreign firms fairly are being kept.';
    const { units, ledger } = unitsOf([opening, page(14, '2.1 Market access'), page(15, '2.2 Domestic product standards')].join('\n'));
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(removedLines(ledger)).toEqual([
      'furniture:counter: Page 14 of 60',
      'furniture:url: www.example-chamber.org',
      'furniture:page-header: Position Paper 2025/2026',
      'furniture:counter: Page 15 of 60',
      'furniture:url: www.example-chamber.org',
      'furniture:page-header: Position Paper 2025/2026',
    ]);
  });
});

describe("a news site's byline block", () => {
  it('removes a correspondent\'s "Name in Place" over the date line, under the headline', () => {
    const { units, ledger } = unitsOf(
      "China's private economy law is passed. Will it change how Beijing treats entrepreneurs?\nLegislators approve the country's first basic law for the private sector\nWhy you can trust the Harbour Post\nZhao Yiwen in Beijing\nPublished: 5:32pm, 30 Apr 2025\nChina's top legislature on Wednesday passed a law that for the first time sets out the legal status of the private sector, after two years of drafting.",
    );
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(removedLines(ledger)).toEqual(['furniture:call-to-action: Why you can trust the Harbour Post', 'furniture:byline: Zhao Yiwen in Beijing']);
  });

  it('keeps a headline of the same shape at the top, with no headline above it', () => {
    const { units, ledger } = unitsOf(
      'Xi Jinping in Moscow\nPublished: 8 May 2025\nChinese leader Xi Jinping arrived in Moscow on Wednesday for a four-day state visit, his third trip to Russia since 2023.',
    );
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(removedLines(ledger)).toEqual([]);
  });
});

describe('replies and profile cards under a pasted thread', () => {
  const post = (name: string, handle: string, text: string, replyTo?: string) => [name, handle, '·', 'Mar 4', ...(replyTo ? [`Replying to ${replyTo}`] : []), text, '2', '52'].join('\n');
  const thread = [
    post('Karen Whitfield', '@kwhitfield_ag', 'Beijing’s retaliation list just dropped and it is aimed squarely at the farm belt, with new duties on soybeans and pork.'),
    post('Karen Whitfield', '@kwhitfield_ag', 'Notice what sits at 10% rather than 15%: soybeans and pork, where China still needs US supply in some months.', '@kwhitfield_ag'),
    post('Tom Brandt', '@tbrandt_grain', 'Good thread. Worth adding that corn buying was already way down last year, so the 15% on that line is mostly symbolic.', '@kwhitfield_ag'),
    'Relevant people',
    'Karen Whitfield',
    '@kwhitfield_ag',
    'Follow',
    'Ag trade economist. Grains, oilseeds, US-China. Posts are my own.',
  ].join('\n');

  it("removes another account's reply and the author's bio on a profile card, and keeps the author's own posts", () => {
    const { units, ledger } = unitsOf(thread);
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    const removed = removedLines(ledger);
    expect(removed).toContain('furniture:reply: Good thread. Worth adding that corn buying was already way down last year, so the 15% on that line is mostly symbolic.');
    expect(removed).toContain('furniture:author-bio: Ag trade economist. Grains, oilseeds, US-China. Posts are my own.');
    expect(removed.some((line) => line.includes('Notice what sits at 10%'))).toBe(false);
    expect(removed.some((line) => line.includes('retaliation list just dropped'))).toBe(false);
  });
});
