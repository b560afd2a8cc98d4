import { describe, expect, it } from 'vitest';
import { GENERIC_BOILERPLATE } from '../../../src/pipeline/rules/generic-rules';
import { takeawayCueMatcher } from '../../../src/pipeline/rules/takeaway-cues';
import { stripBoilerplate } from '../../../src/pipeline/stages/05-strip-boilerplate';
import { classify } from '../../../src/pipeline/stages/09-classify';
import { toUnits } from '../../../src/pipeline/stages/04-units';
import { removedLines, unitsOf } from '../../helpers/stages';

const PROSE = 'The State Council published the plan on Monday, and provinces are expected to follow with their own targets.';
const MORE = 'Officials in the coastal provinces said that they would publish their own versions of the plan before the summer.';

/** [case, text, lines removed as `rule: text`] — evidence, not one site's wording. */
const cases: [string, string, string[]][] = [
  ['a call to action', `Listen to this post\n${PROSE}`, ['furniture:call-to-action: Listen to this post']],
  ['a Chinese UI label', `小字号\n${PROSE}`, ['furniture:call-to-action: 小字号']],
  ['a counter', `${PROSE}\n42 Likes\n${MORE}`, ['furniture:counter: 42 Likes']],
  ['a link list', `${PROSE}\nPrivacy ∙ Terms ∙ Collection notice\n${MORE}`, ['furniture:link-list: Privacy ∙ Terms ∙ Collection notice']],
  ['a byline with a place', `By Jane Doe in Shanghai\n${PROSE}`, ['furniture:byline: By Jane Doe in Shanghai']],
  ['an editor credit', `${PROSE}\n（责任编辑：王晓）\n${MORE}`, ['furniture:credit: （责任编辑：王晓）']],
  ['an author bio', `${PROSE}\n${MORE}\nHelena Wirth is a senior fellow at the Example Institute.`, ['furniture:author-bio: Helena Wirth is a senior fellow at the Example Institute.']],
  ['a caption and its credit', `${PROSE}\nSoldiers carry sandbags along an embankment.\n(Photo: Example Agency)\n${MORE}`, ['furniture:caption: Soldiers carry sandbags along an embankment.', 'furniture:image-credit: (Photo: Example Agency)']],
  ['short lines below the body', `${PROSE}\n${MORE}\nHenrik Aalto\nVery useful, thanks`, ['zone:below-body: Henrik Aalto', 'zone:below-body: Very useful, thanks']],
  ['a closing section\'s heading below the body stays', `${PROSE}\n${MORE}\nMEMBER NEWS\nWe welcome three new members this month: Fjordline Logistics (Shanghai), Aalto Medtech (Suzhou) and Nordvind Energy (Tianjin).\nHenrik Aalto`, ['zone:below-body: Henrik Aalto']],
  ['WeChat\'s account card and tagline', `专注数字经济规则与治理的研究型公众号\n27篇原创内容\n公众号\n${PROSE}`, ['furniture:notice: 专注数字经济规则与治理的研究型公众号', 'furniture:call-to-action: 27篇原创内容', 'furniture:call-to-action: 公众号']],
  ['Chinese e-mail furniture', `邮件显示不正常？点击在线阅读\n${PROSE}\n${MORE}\n您收到此邮件是因为您订阅了本刊。退订 | 修改订阅偏好`, ['furniture:call-to-action: 邮件显示不正常？点击在线阅读', 'furniture:notice: 您收到此邮件是因为您订阅了本刊。退订 | 修改订阅偏好']],
  ['a greeting that is a reading-time badge, a "Go deeper" link, thanks to the editors', `Welcome back. Today's newsletter is 812 words, a 3-minute read.\n${PROSE}\nGo deeper: Why mainland firms are returning to Hong Kong\n${MORE}\nThanks to Omar Lindqvist for editing and Grace Huang for copy editing.`,
    ["furniture:notice: Welcome back. Today's newsletter is 812 words, a 3-minute read.", 'furniture:call-to-action: Go deeper: Why mainland firms are returning to Hong Kong', 'furniture:notice: Thanks to Omar Lindqvist for editing and Grace Huang for copy editing.']],
  ['an author\'s role under the name', `Katrin Oyelowo-Brandt\nHead of Trade Compliance, Asia at Meridian Components\n${PROSE}`, ['furniture:byline: Head of Trade Compliance, Asia at Meridian Components']],
  ['a relative time stamp and a link\'s "opens new tab" note', `Updated 3 hours ago\n${PROSE}\nOur Standards: The Capitol Wire Trust Principles., opens new tab\n${MORE}`, ['furniture:counter: Updated 3 hours ago', 'furniture:notice: Our Standards: The Capitol Wire Trust Principles., opens new tab']],
  ['captions opening on a gallery counter', `${PROSE}\nItem 1 of 2 Workers transport rare earth magnets at a factory in Ningbo. Capitol Wire/Wen Lu/File Photo\n[1/2] Workers transport rare earth magnets at a factory in Ningbo.\n${MORE}`,
    ['furniture:caption: Item 1 of 2 Workers transport rare earth magnets at a factory in Ningbo. Capitol Wire/Wen Lu/File Photo', 'furniture:caption: [1/2] Workers transport rare earth magnets at a factory in Ningbo.']],
  ['an appeal for tips with an address, a sponsor\'s message inside the text', `${PROSE}\nTips and comments go to dwhitcombe@capitolwire.example.com.\nA MESSAGE FROM HARBOURLINE SEMICONDUCTOR: Harbourline builds the chips that keep American factories running.\n${MORE}`,
    ['furniture:contact: Tips and comments go to dwhitcombe@capitolwire.example.com.', 'furniture:notice: A MESSAGE FROM HARBOURLINE SEMICONDUCTOR: Harbourline builds the chips that keep American factories running.']],
  ['a sponsor label stops at a credit: the intro under it is the text\'s', `Presented by Harbourline Semiconductor\nWith help from Tomasz Reyes-Okafor\n${PROSE}`,
    ['furniture:sponsor: Presented by Harbourline Semiconductor', 'furniture:credit: With help from Tomasz Reyes-Okafor']],
  ['a list label below the body stays', `${PROSE}\n${MORE}\nTimeline\n1. Unveiling\n2. Review`, []],
  ['a byline with the author\'s role', `Mireille Okonkwo-Hart, Senior Fellow, China Economy Program\n${PROSE}`, ['furniture:byline: Mireille Okonkwo-Hart, Senior Fellow, China Economy Program']],
  ['a bio naming the publication', `${PROSE}\n${MORE}\nKenji Albrecht-Moyo is The Pacific Ledger's Asia business correspondent.`, ["furniture:author-bio: Kenji Albrecht-Moyo is The Pacific Ledger's Asia business correspondent."]],
  ['a reporter\'s beat', `${PROSE}\n${MORE}\nPriya Natarajan-Cole covers critical minerals for Metals Ledger from Singapore.`, ['furniture:author-bio: Priya Natarajan-Cole covers critical minerals for Metals Ledger from Singapore.']],
  ['a "Photo by" credit and its caption', `${PROSE}\nWorkers at a site in Guiyang in October.\nPhoto by Wang Lei/Getty Images\n${MORE}`, ['furniture:caption: Workers at a site in Guiyang in October.', 'furniture:image-credit: Photo by Wang Lei/Getty Images']],
  ['a caption ending on a bracketed credit', `${PROSE}\nDeputies attend the opening meeting in Beijing, March 5, 2025. [Photo/Xinhua]\n${MORE}`, ['furniture:caption: Deputies attend the opening meeting in Beijing, March 5, 2025. [Photo/Xinhua]']],
  ['a Chinese caption ending on its photographer', `${PROSE}\n1月8日，顾客在南京一家家电卖场选购电器。新华社记者 季春鹏 摄\n${MORE}`, ['furniture:caption: 1月8日，顾客在南京一家家电卖场选购电器。新华社记者 季春鹏 摄']],
  // (Spaces as the normalize stage leaves them: one between words.)
  ['an edition picker', `Global Edition China Edition ASIA 中文 双语 Français\n${PROSE}`, ['furniture:navigation: Global Edition China Edition ASIA 中文 双语 Français']],
  ['a Chinese menu', `首页 时政 财经 产业 地方 评论 图片\n${PROSE}`, ['furniture:navigation: 首页 时政 财经 产业 地方 评论 图片']],
  ['a paywall badge and an article label', `Paid\nIn this article:\n${PROSE}`, ['furniture:call-to-action: Paid', 'furniture:call-to-action: In this article:']],
  ['a mail gateway banner', `CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender.\n${PROSE}`, ['email:external-banner: CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender.']],
];

describe('stripBoilerplate (evidence)', () => {
  it.each(cases)('%s', (_name, text, removed) => {
    const { units, ledger } = unitsOf(text);
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(removedLines(ledger)).toEqual(removed);
  });

  it('leaves a kind of evidence out when ablated', () => {
    const { units, ledger } = unitsOf(`Listen to this post\n${PROSE}`);
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger, { ablate: ['ui-vocabulary'] });
    expect(removedLines(ledger)).toEqual([]);
  });
});

const cue = takeawayCueMatcher([]);
const roles = (text: string) => classify(toUnits(text), cue).map((token) => `${token.type}: ${'text' in token ? token.text : ''}`);

describe('classify (heading evidence)', () => {
  it('reads numbered item headlines followed by prose as section headings', () => {
    const text = `1. Beijing tightens data rules\n\n${PROSE}\n\nBottom line: Expect filings.\n\n2. Shenzhen halves rents\n\n${MORE}`;
    expect(roles(text).filter((role) => role.startsWith('heading'))).toEqual(['heading: Beijing tightens data rules', 'heading: Shenzhen halves rents']);
  });

  it('keeps a numbered list a list', () => {
    expect(roles(`${PROSE}\n1. Building roads\n2. Improving ports\n3. Adopting standards`).filter((role) => role.startsWith('item'))).toHaveLength(3);
  });

  it('does not take a speaker turn, a date or a line followed by another short line as a heading', () => {
    expect(roles(`JORDAN PEREZ: And the budget?\n${PROSE}`)[0]).toBe('paragraph: JORDAN PEREZ: And the budget?');
    expect(roles(`Nov 19, 2024\n${PROSE}`)[0]).toBe('paragraph: Nov 19, 2024');
    expect(roles(`Author\n14\n${PROSE}`)[0]).toBe('paragraph: Author');
  });

  it('does not take a turn of a speaker named in sentence case as a heading, and lets a heading open such turns', () => {
    const text = `What to watch\nLina Park: Briefly, what comes next?\nDaniel Osei-Wu: ${PROSE}\nLina Park: Is that restraint?\nDaniel Osei-Wu: ${MORE}\nLina Park: Thank you.`;
    expect(roles(text).filter((role) => role.startsWith('heading'))).toEqual(['heading: What to watch']);
  });

  it('reads a colon label used once or twice as it did (not a speaker)', () => {
    expect(roles(`Source: the ministry\n${PROSE}`)[0]).toBe('heading: Source: the ministry');
  });

  it('takes a short line opening prose as a heading', () => {
    expect(roles(`Device inspections at the border\n${PROSE}`)[0]).toBe('heading: Device inspections at the border');
  });
});

describe('toUnits (wrapped headings)', () => {
  it('does not glue a short heading to the prose under it', () => {
    const text = `Provinces cut their growth goals\nThe State Council published the plan on Monday, and provinces\nare expected to follow with their own targets.`;
    expect(toUnits(text)[0].text).toBe('Provinces cut their growth goals');
  });
});
