import { describe, expect, it } from 'vitest';
import { GENERIC_BOILERPLATE } from '../../../src/pipeline/rules/generic-rules';
import { stripBoilerplate } from '../../../src/pipeline/stages/05-strip-boilerplate';
import { removedLines, unitsOf } from '../../helpers/stages';

const PROSE = 'The State Council published the plan on Monday, and provinces are expected to follow with their own targets.';
/** A story's paragraph (over 40 words): the heading above it is the story's, not a sponsor's. */
const LONG = 'Customs offices in Shanghai and Shenzhen have opened a round of audits of related-party imports, checking whether transfer prices are consistent with declared values, and several companies have received requests for three years of intercompany agreements and the pricing studies behind them.';

/** [case, text, lines removed as `rule: text`] */
const cases: [string, string, string[]][] = [
  ['skip link', `Skip to Content\n${PROSE}`, ['skip-link: Skip to Content']],
  ['share buttons', `Share | Facebook | LinkedIn | Print\n${PROSE}`, ['share-buttons: Share | Facebook | LinkedIn | Print']],
  ['copyright line', `${PROSE}\n© 2026 Example Media. All rights reserved.`, ['copyright: © 2026 Example Media. All rights reserved.']],
  ['a line repeated right after itself', `Timeline\nTimeline\n${PROSE}`, ['repeated-line: Timeline']],
  ['prose stays', PROSE, []],
  // Sponsor blocks (evidence 'sponsor-blocks'): the label and the pitch, up to the button.
  ['sponsor block up to its button', `Together with Harbourline FX\nHedge your yuan exposure without the bank spread. Open an account today →\n${PROSE}`,
    ['furniture:sponsor: Together with Harbourline FX', 'furniture:sponsor: Hedge your yuan exposure without the bank spread. Open an account today →']],
  ['sponsor block stops at the next story', `PRESENTED BY\nLantern Data Services\nScreen every counterparty against official lists in seconds.\nPolicy\n${LONG}\n${PROSE}`,
    ['furniture:sponsor: PRESENTED BY', 'furniture:sponsor: Lantern Data Services', 'furniture:sponsor: Screen every counterparty against official lists in seconds.']],
  ['a sentence opening "Together with" stays', `Together with Japan and the Netherlands, the US has tightened controls on chip tools.\n${PROSE}`, []],
  // UI vocabulary: pagination, paywalls, referral programmes, event promotions, reprint notices.
  ['pagination with the next title', `${PROSE}\nNext article: Beijing opens twenty new community canteens for seniors in the capital`,
    ['furniture:notice: Next article: Beijing opens twenty new community canteens for seniors in the capital']],
  ['Chinese pagination', `${PROSE}\n上一篇：多地出台措施支持外贸企业稳订单保就业`, ['furniture:notice: 上一篇：多地出台措施支持外贸企业稳订单保就业']],
  ['paywall notice', `${PROSE}\nThe rest of this post is for paid subscribers`, ['furniture:notice: The rest of this post is for paid subscribers']],
  ['referral programme', `${PROSE}\nYou currently have 0 referrals. Refer 3 friends to get our China data cheat sheet.`,
    ['furniture:notice: You currently have 0 referrals. Refer 3 friends to get our China data cheat sheet.']],
  ['event promotion of any length', `${PROSE}\nUpcoming webinar: Outlook 2025 for foreign investors in China, 5 December, 15:00 Beijing time. Register here.`,
    ['furniture:notice: Upcoming webinar: Outlook 2025 for foreign investors in China, 5 December, 15:00 Beijing time. Register here.']],
  ['table of contents line', `In today's note: a rate cut that wasn't, rare earth talks, and new seller fees on the platforms.\n${PROSE}`,
    ["furniture:notice: In today's note: a rate cut that wasn't, rare earth talks, and new seller fees on the platforms."]],
  ['poll under an emoji', `${PROSE}\n📊 Poll: How was today's note?`, ["furniture:call-to-action: 📊 Poll: How was today's note?"]],
  ['Chinese reprint notice', `${PROSE}\n本周报仅供会员内部参考，未经许可请勿转载。`, ['furniture:notice: 本周报仅供会员内部参考，未经许可请勿转载。']],
  ['advice disclaimer', `${PROSE}\nThis newsletter is provided for general information and is not legal advice.`,
    ['furniture:notice: This newsletter is provided for general information and is not legal advice.']],
  // Credits: bylines with extras, addresses, Chinese address fields.
  ['byline with its extras', `By Owen Mbatha-Liu · Hundreds of paid subscribers\n${PROSE}`, ['furniture:byline: By Owen Mbatha-Liu · Hundreds of paid subscribers']],
  ['Chinese address field', `${PROSE}\n地址：北京市朝阳区示例路88号 邮编100020`, ['furniture:contact: 地址：北京市朝阳区示例路88号 邮编100020']],
  ['address on a quay', `${PROSE}\nThe Yuan Morning Note, 1 Example Quay, #05-01, Singapore 049315`, ['furniture:address: The Yuan Morning Note, 1 Example Quay, #05-01, Singapore 049315']],
  // A government page's index field holds a year but is no dateline: not left to the header.
  ['record field with a year', `索引号：002482067/2024-00012 主题分类：商贸、海关、旅游\n${PROSE}`, ['furniture:call-to-action: 索引号：002482067/2024-00012 主题分类：商贸、海关、旅游']],
];

describe('stripBoilerplate (generic rules)', () => {
  it.each(cases)('%s', (_name, text, removed) => {
    const { units, ledger } = unitsOf(text);
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(removedLines(ledger)).toEqual(removed);
    expect(result.units.map((unit) => unit.text)).toContain(PROSE);
  });

  it('cuts a related-interviews tail (a content noun after "Related")', () => {
    const text = [PROSE, PROSE.replace('Monday', 'Tuesday'), PROSE.replace('Monday', 'Friday'), 'Related interviews', '"Coal is still the balancing fuel": a grid operator\'s view of the power market'].join('\n');
    const { units, ledger } = unitsOf(text);
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(result.units).toHaveLength(3);
    expect(new Set(ledger.removedInOrder().map((line) => line.rule))).toEqual(new Set(['related-links']));
  });

  it('cuts a related-articles tail in the second half of the page, to the end', () => {
    const text = [PROSE, PROSE.replace('Monday', 'Tuesday'), PROSE.replace('Monday', 'Friday'), 'Recommended Articles', 'Another story entirely', 'And one more'].join('\n');
    const { units, ledger } = unitsOf(text);
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(result.units).toHaveLength(3);
    expect(new Set(ledger.removedInOrder().map((line) => line.rule))).toEqual(new Set(['related-links']));
  });

  it('cuts no tail where most of the prose stands below the match (menus fill the first half): the line goes alone', () => {
    const menu = ['News', 'Hong Kong', 'China', 'Asia', 'World', 'Business', 'Tech', 'Opinion', 'Sport', 'Video'];
    const story = [LONG, PROSE, PROSE.replace('Monday', 'Tuesday'), LONG.replace('Shanghai', 'Tianjin')];
    const { units, ledger } = unitsOf([...menu, 'Comments', ...story, 'More on this', 'Another story entirely'].join('\n'));
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(result.units.map((unit) => unit.text)).toEqual(expect.arrayContaining(story));
    expect(removedLines(ledger).filter((line) => line.startsWith('related-links'))).toEqual(['related-links: Comments', 'related-links: More on this', 'related-links: Another story entirely']);
  });

  it('cuts no tail at a button the text sets above too ("Read more" under each item)', () => {
    const items = [LONG, 'Read more', PROSE, 'Read more', LONG.replace('Shanghai', 'Tianjin'), 'Read more', PROSE.replace('Monday', 'Friday'), 'Read more'];
    const { units, ledger } = unitsOf(items.join('\n'));
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(result.units.map((unit) => unit.text)).toEqual([LONG, PROSE, LONG.replace('Shanghai', 'Tianjin'), PROSE.replace('Monday', 'Friday')]);
  });

  it("cuts a tail in the first half under nearly all the prose (an abstract page's citation over the repository's furniture)", () => {
    const furniture = ['Download This Paper', 'Do you have a job opening to promote here?', 'Local Officials, Land Finance and the Rise of Industrial Parks in Inland Provinces', 'Political Economy: Government Expenditures and Related Policies eJournal', 'Feedback', 'Recommended Papers', 'Guidance Funds and the Price of Capital in Strategic Industries Across Provinces'];
    const abstract = [LONG, LONG.replace('Shanghai', 'Tianjin'), LONG.replace('Shenzhen', 'Xiamen')];
    const { units, ledger } = unitsOf([...abstract, 'Suggested Citation:', ...furniture].join('\n'));
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(result.units.map((unit) => unit.text)).toEqual(abstract);
  });

  it('keeps a publisher blurb apart (it names the publisher)', () => {
    const text = `Founded in Stockholm in 1970, Kreab is an international communications consultancy with offices in 25 countries. Contact us at info@kreab.example.org.\n${PROSE}\n${PROSE.replace('Monday', 'Tuesday')}\n${PROSE.replace('Monday', 'Friday')}`;
    const { units, ledger } = unitsOf(text);
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(result.blurbs.map((unit) => unit.text)).toEqual([units[0].text]);
    expect(removedLines(ledger)).toEqual([`publisher-blurb: ${units[0].text}`]);
  });
});

describe('stripBoilerplate: site names', () => {
  it('takes a short line that a date line names (the account under the headline) for the site\'s name', () => {
    const { units, ledger } = unitsOf(`原创 林嘉怡 浦江数字治理观察 2025-03-22 08:30 上海\n浦江数字治理观察\n${PROSE}`);
    expect([...stripBoilerplate(units, GENERIC_BOILERPLATE, ledger).siteNames]).toEqual(['浦江数字治理观察']);
  });
});
