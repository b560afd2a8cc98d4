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
  ['the reporter\'s contact line, an app download appeal', `${PROSE}\nContact reporter Wu Yujian (yujianwu@example.com) and editor Marcus Lin (marcuslin@example.com)\nDownload our app to receive breaking news alerts and read the news on the go.\n${MORE}`,
    ['furniture:contact: Contact reporter Wu Yujian (yujianwu@example.com) and editor Marcus Lin (marcuslin@example.com)', 'furniture:notice: Download our app to receive breaking news alerts and read the news on the go.']],
  ['a PDF\'s running footer with its page numbers, two authors under the title', `Aditi Varghese-Holm and Lu Chenxi\n${PROSE}\nLAKESIDE INSTITUTE FOR ASIAN AFFAIRS 1\n${MORE}\nLAKESIDE INSTITUTE FOR ASIAN AFFAIRS 2\n${PROSE}`,
    ['furniture:byline: Aditi Varghese-Holm and Lu Chenxi', 'furniture:page-header: LAKESIDE INSTITUTE FOR ASIAN AFFAIRS 1', 'furniture:page-header: LAKESIDE INSTITUTE FOR ASIAN AFFAIRS 2']],
  ['a line with one number, once, stays', `${PROSE}\nChapter of the plan 2\n${MORE}`, []],
  ['a list label below the body stays', `${PROSE}\n${MORE}\nTimeline\n1. Unveiling\n2. Review`, []],
  ['a byline with the author\'s role', `Mireille Okonkwo-Hart, Senior Fellow, China Economy Program\n${PROSE}`, ['furniture:byline: Mireille Okonkwo-Hart, Senior Fellow, China Economy Program']],
  ['a bio naming the publication', `${PROSE}\n${MORE}\nKenji Albrecht-Moyo is The Pacific Ledger's Asia business correspondent.`, ["furniture:author-bio: Kenji Albrecht-Moyo is The Pacific Ledger's Asia business correspondent."]],
  ['a reporter\'s beat', `${PROSE}\n${MORE}\nPriya Natarajan-Cole covers critical minerals for Metals Ledger from Singapore.`, ['furniture:author-bio: Priya Natarajan-Cole covers critical minerals for Metals Ledger from Singapore.']],
  ['a "Photo by" credit and its caption', `${PROSE}\nWorkers at a site in Guiyang in October.\nPhoto by Wang Lei/Getty Images\n${MORE}`, ['furniture:caption: Workers at a site in Guiyang in October.', 'furniture:image-credit: Photo by Wang Lei/Getty Images']],
  ['a caption ending on its photographer', `${PROSE}\nThe central bank's headquarters in Beijing. Photographer: Tomás Rivera/Ledgerline\n${MORE}`, ["furniture:caption: The central bank's headquarters in Beijing. Photographer: Tomás Rivera/Ledgerline"]],
  ['a caption ending on a bracketed credit', `${PROSE}\nDeputies attend the opening meeting in Beijing, March 5, 2025. [Photo/Xinhua]\n${MORE}`, ['furniture:caption: Deputies attend the opening meeting in Beijing, March 5, 2025. [Photo/Xinhua]']],
  ['a Chinese caption ending on its photographer', `${PROSE}\n1月8日，顾客在南京一家家电卖场选购电器。新华社记者 季春鹏 摄\n${MORE}`, ['furniture:caption: 1月8日，顾客在南京一家家电卖场选购电器。新华社记者 季春鹏 摄']],
  // (Spaces as the normalize stage leaves them: one between words.)
  ['an edition picker', `Global Edition China Edition ASIA 中文 双语 Français\n${PROSE}`, ['furniture:navigation: Global Edition China Edition ASIA 中文 双语 Français']],
  ['a Chinese menu', `首页 时政 财经 产业 地方 评论 图片\n${PROSE}`, ['furniture:navigation: 首页 时政 财经 产业 地方 评论 图片']],
  ['a paywall badge and an article label', `Paid\nIn this article:\n${PROSE}`, ['furniture:call-to-action: Paid', 'furniture:call-to-action: In this article:']],
  ['a mail gateway banner', `CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender.\n${PROSE}`, ['email:external-banner: CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender.']],
  // Small print, contacts and signatures (consultancy weeklies, wire copy, Outlook e-mails).
  ['an adviser\'s no-advice notice', `${PROSE}\n${MORE}\nThis note is general in nature and is not a substitute for professional advice. We accept no liability for reliance on it.`, ['furniture:notice: This note is general in nature and is not a substitute for professional advice. We accept no liability for reliance on it.']],
  ['a research disclosure', `${PROSE}\n${MORE}\nThis report is intended for professional investors only and is not an offer or solicitation to buy any security.`, ['furniture:notice: This report is intended for professional investors only and is not an offer or solicitation to buy any security.']],
  ['a portal\'s hands-off notice on wire copy', `This content was issued through a press release distribution service. Our editorial staff was not involved in its creation.\n${PROSE}`, ['furniture:notice: This content was issued through a press release distribution service. Our editorial staff was not involved in its creation.']],
  ['telephone lines with their labels', `${PROSE}\nT +852 5555 0188 | E mei.tan@example.hk\n+86 10 5555 0101\n${MORE}`, ['furniture:contact: T +852 5555 0188 | E mei.tan@example.hk', 'furniture:counter: +86 10 5555 0101']],
  ['a list of analysts', `Analysts: Joanna Pereira-Ng (Hong Kong), Li Wenbo (Shanghai)\n${PROSE}`, ['furniture:credit: Analysts: Joanna Pereira-Ng (Hong Kong), Li Wenbo (Shanghai)']],
  ['an interviewer\'s credit', `Interview by Marta Sokolova\n${PROSE}`, ['furniture:byline: Interview by Marta Sokolova']],
  ['a salutation, an image placeholder and Outlook\'s first-contact tip', `You don't often get email from a@example.com. Learn why this is important\n[cid:image001.png@01DB7C2A.4F1E3B90]\nDear clients and friends of the firm,\n${PROSE}`, ["email:first-contact-tip: You don't often get email from a@example.com. Learn why this is important", 'email:image-placeholder: [cid:image001.png@01DB7C2A.4F1E3B90]', 'email:salutation: Dear clients and friends of the firm,']],
  ['a gateway banner in capitals', `EXTERNAL EMAIL: Do not click links or open attachments unless you recognise the sender.\n${PROSE}`, ['email:external-banner: EXTERNAL EMAIL: Do not click links or open attachments unless you recognise the sender.']],
  ['an event promotion and its button', `${PROSE}\nUPCOMING WEBINAR\nThe policy calendar after the Two Sessions\nThursday 20 March, 15:00 Beijing time\nRegister now →\n${MORE}`, ['furniture:event-promo: UPCOMING WEBINAR', 'furniture:event-promo: The policy calendar after the Two Sessions', 'furniture:event-promo: Thursday 20 March, 15:00 Beijing time', 'furniture:call-to-action: Register now →']],
  // Page blocks (evidence/page-blocks.ts).
  ['a table of contents repeating the headings', `- Grain prices\n- Land contracts\n${PROSE}\nGrain prices\n${MORE}\nLand contracts\n${PROSE}`, ['furniture:contents: - Grain prices', 'furniture:contents: - Land contracts']],
  ['the small print under a disclosures label at the end', `${PROSE}\n${MORE}\n${PROSE}\nImportant disclosures\nInformation has been obtained from sources believed to be reliable, but its accuracy is not guaranteed.\nHong Kong: distributed by Harbourline Bank (Hong Kong) Limited.`, ['furniture:notice: Important disclosures', 'furniture:notice: Information has been obtained from sources believed to be reliable, but its accuracy is not guaranteed.', 'furniture:notice: Hong Kong: distributed by Harbourline Bank (Hong Kong) Limited.']],
  ['a webinar box under "JOIN US |"', `${PROSE}\nJOIN US | Q1 China Outlook webinar\nThursday 22 January, 15:00 Beijing time\nRegister now →\n${MORE}`, ['furniture:event-promo: JOIN US | Q1 China Outlook webinar', 'furniture:event-promo: Thursday 22 January, 15:00 Beijing time', 'furniture:call-to-action: Register now →']],
  ['an author box of several lines a person', `Authors\nMargaret Oyelaran-Hsu\nPartner, International Trade\nWashington, D.C.\nmo@example.com\nDaniel Feng\nCounsel, China Regulatory\nBeijing\n${PROSE}\n${MORE}`, ['furniture:byline: Authors', 'furniture:byline: Margaret Oyelaran-Hsu', 'furniture:author-bio: Partner, International Trade', 'furniture:byline: Washington, D.C.', 'furniture:contact: mo@example.com', 'furniture:byline: Daniel Feng', 'furniture:byline: Counsel, China Regulatory', 'furniture:byline: Beijing']],
  ["an event's speakers under their label stay (not bylines)", `Speakers\nMr. Zhou Jianming, Deputy Director-General, Ministry of Commerce\nMs. Tang Yuqing, Division Director, Shanghai Municipal Commission of Commerce\n${PROSE}`, []],
  ["a participant whose role no byline frame knows does not end the speakers' list", `Speakers\nIngrid Solberg, Senior Fellow, China Economy Program (moderator)\nRafael Ocampo, former Deputy Assistant Secretary of Commerce for Export Administration\nTobias Wren, Managing Director, Kestrel Supply Chain Advisory\n${PROSE}`, []],
  ['a byline naming the outlet before the role', `JOANNA LEUNG, Asia Compass staff writer\n${PROSE}`, ['furniture:byline: JOANNA LEUNG, Asia Compass staff writer']],
  ['a link under its label, an inbox sign-up appeal', `${PROSE}\nChinese version: https://www.example.org/paper-cn.pdf\nGet the day's top stories and our sharpest analysis delivered to your inbox.\n${MORE}`,
    ['furniture:url: Chinese version: https://www.example.org/paper-cn.pdf', "furniture:notice: Get the day's top stories and our sharpest analysis delivered to your inbox."]],
  ["a listing's dated entries below the body, and its label", `${PROSE}\n${MORE}\nUpcoming Events\nTaiwan's Economy After the Recall Votes | March 3, 2026\nThe Yuan in a World of Tariffs · 17 March 2026`,
    ['zone:below-body: Upcoming Events', "zone:below-body: Taiwan's Economy After the Recall Votes | March 3, 2026", 'zone:below-body: The Yuan in a World of Tariffs · 17 March 2026']],
  ['a closing section of long lines below the body keeps its heading', `${PROSE}\n${MORE}\nUpcoming Events\nThe chamber's tax committee meets on 3 March to discuss the new VAT law and its rules\nHenrik Aalto`, ['zone:below-body: Henrik Aalto']],
  ["a live page's controls: a post's age, an entry's own stamp, a pin, a script notice", `${PROSE}\n6h ago\nUpdated at 07:02 GMT\nPinned\nPlease turn on JavaScript to use this feature\n${MORE}`,
    ['furniture:counter: 6h ago', 'furniture:counter: Updated at 07:02 GMT', 'furniture:call-to-action: Pinned', 'furniture:notice: Please turn on JavaScript to use this feature']],
  ['a caption ending on "Photograph:", a numbered item opening on "Credit:" is none', `${PROSE}\nWorkers assemble car batteries at a plant in Hefei. Photograph: Meridian Images/Li Qiang\n2. Credit: the impulse finally turns\n${MORE}`,
    ['furniture:caption: Workers assemble car batteries at a plant in Hefei. Photograph: Meridian Images/Li Qiang']],
  ['a "For more information" list at the foot opens the tail', `${PROSE}\n${MORE}\n${PROSE.replace('Monday', 'Friday')}\nFor More Information\nCommission Implementing Regulation imposing provisional duties (Official Journal)\nIP/26/1712`,
    ['related-links: For More Information', 'related-links: Commission Implementing Regulation imposing provisional duties (Official Journal)', 'related-links: IP/26/1712']],
  ["a related list's headlines under its label inside the text", `${PROSE}\nMost Viewed in 24 Hours\nPremier Li urges all-out effort to stabilize jobs for college graduates\nShanghai opens cross-border data service center for foreign firms\n${MORE}\n${PROSE}\n${MORE}`,
    ['related-links: Most Viewed in 24 Hours', 'related-links: Premier Li urges all-out effort to stabilize jobs for college graduates', 'related-links: Shanghai opens cross-border data service center for foreign firms']],
  ["not a menu's next line under its \"More\"", `More\nSaturday links: a property rescue, solar glass cuts\nFarah Lindqvist-Ong\n${PROSE}\n${MORE}\n${PROSE}`, ['related-links: More']],
  ['a photo "provided to" its publisher, and its caption; a chart\'s two credits', `${PROSE}\nResidents of a village station in Jiangshan share lunch on April 28.\n[Photo provided to China Daily]\n4. Chart: The yuan's share of cross-border payments\nData: State Administration of Foreign Exchange; Chart: Axios Visuals\n${MORE}`,
    ['furniture:caption: Residents of a village station in Jiangshan share lunch on April 28.', 'furniture:image-credit: [Photo provided to China Daily]', 'furniture:image-credit: Data: State Administration of Foreign Exchange; Chart: Axios Visuals']],
  ['a newspaper\'s print edition line, a word-count badge', `Smart Brevity count: 1,046 words ... 4 mins. Edited by Marcus Lee.\n${PROSE}\n《人民日报》（2026年04月08日 第02版）\n${MORE}`,
    ['furniture:notice: Smart Brevity count: 1,046 words ... 4 mins. Edited by Marcus Lee.', 'furniture:credit: 《人民日报》（2026年04月08日 第02版）']],
  ['the sponsor named under a bare SPONSORED label, and its pitch with its headline, up to its button', `${PROSE}\nSPONSORED\nA message from Northgate Semiconductor Alliance\nBuilding the chip workforce America needs\nU.S. fabs will need tens of thousands more technicians and engineers by 2030, and Northgate members are funding apprenticeships at community colleges in six states to train them.\nRead the 2026 workforce report →\n3. Manila and Tokyo sign a coast guard logistics pact\n${MORE}`,
    ['advertisement: SPONSORED', 'furniture:sponsor: A message from Northgate Semiconductor Alliance', 'furniture:sponsor: Building the chip workforce America needs', 'furniture:sponsor: U.S. fabs will need tens of thousands more technicians and engineers by 2030, and Northgate members are funding apprenticeships at community colleges in six states to train them.', 'furniture:call-to-action: Read the 2026 workforce report →']],
  ["a US government site's banner, a video label, a downloads label, bare tags, Chinese share targets", `An official website of the United States government\nOfficial websites use .gov\nHere's how you know\n${PROSE}\nVideo: CGTN's Liu Jiaxin reports from Beijing\nAvailable Downloads\n${MORE}\nTags\n微博\nQQ空间\n${PROSE}`,
    ['furniture:notice: An official website of the United States government', 'furniture:notice: Official websites use .gov', "furniture:notice: Here's how you know", "furniture:call-to-action: Video: CGTN's Liu Jiaxin reports from Beijing", 'furniture:call-to-action: Available Downloads', 'furniture:call-to-action: Tags', 'furniture:call-to-action: 微博', 'furniture:call-to-action: QQ空间']],
  ['a "Commentary by" byline, a Chinese byline after a bar, a picture placeholder and its source, a caption ending on "/CFP"', `Commentary by Eleanor Whitfield and Daniel Okafor\n作者 | 林知远\n${PROSE}\n图片\n图源：视觉中国\nA visitor tries out a headset at the fair in Beijing, September 12, 2025. /CFP\n${MORE}`,
    ['furniture:byline: Commentary by Eleanor Whitfield and Daniel Okafor', 'furniture:byline: 作者 | 林知远', 'furniture:call-to-action: 图片', 'furniture:image-credit: 图源：视觉中国', 'furniture:caption: A visitor tries out a headset at the fair in Beijing, September 12, 2025. /CFP']],
  ['"About <Company>" whose blurb names it by its first word', `${PROSE}\n${MORE}\n${PROSE.replace('Monday', 'Friday')}\nAbout Lianyun Energy\nFounded in 2016 and headquartered in Shenzhen, Lianyun develops sodium-ion cells and storage systems.\nSOURCE Lianyun Energy`,
    ['tail:about-publisher: About Lianyun Energy', 'tail:about-publisher: Founded in 2016 and headquartered in Shenzhen, Lianyun develops sodium-ion cells and storage systems.', 'tail:about-publisher: SOURCE Lianyun Energy']],
  ['bilingual contact lines, a Chinese postal address, a release number', `${PROSE}\nSB0418\n${MORE}\n北京市朝阳区东三环中路39号建外SOHO B座1205室 邮编100022\nTel 电话: +86 10 5869 4412 | Email 邮箱: info@example.org\n${PROSE}`,
    ['furniture:counter: SB0418', 'furniture:address: 北京市朝阳区东三环中路39号建外SOHO B座1205室 邮编100022', 'furniture:contact: Tel 电话: +86 10 5869 4412 | Email 邮箱: info@example.org']],
  ['a bare SPONSORED label and the pitch under it', `${PROSE}\nSPONSORED\nStruggling with the data rules? Lianhe Compliance runs a free webinar on 18 February.\n${MORE}`, ['advertisement: SPONSORED', 'furniture:sponsor: Struggling with the data rules? Lianhe Compliance runs a free webinar on 18 February.']],
  ['an Advertisement slot leaves the next paragraph alone', `${PROSE}\nAdvertisement\n${MORE}`, ['advertisement: Advertisement']],
  ['a printed contents list, its entries on dot leaders', `1. Grain prices ........................ 2\n2. Land contracts ...................... 5\n${PROSE}\n1. Grain prices\n${MORE}\n2. Land contracts\n${PROSE}`, ['furniture:contents: 1. Grain prices ........................ 2', 'furniture:contents: 2. Land contracts ...................... 5']],
  ['a chapter list', `Chapters\n00:00 Intro\n02:15 What the fund is\n11:40 Lithography\n${PROSE}`, ['furniture:call-to-action: Chapters', 'furniture:chapters: 00:00 Intro', 'furniture:chapters: 02:15 What the fund is', 'furniture:chapters: 11:40 Lithography']],
  ['a ticker over its quote', `HXGS\n+2.85%\n${PROSE}`, ['furniture:quote: HXGS', 'furniture:counter: +2.85%']],
  ['a signature under the -- delimiter', `${PROSE}\n${MORE}\n${PROSE}\n--\nThe Letter is free. Write to us to subscribe.\nPast issues: example.org/letters`, ['tail:signature: --', 'tail:signature: The Letter is free. Write to us to subscribe.', 'tail:signature: Past issues: example.org/letters']],
  ['a tagline closing on the edition (not a name and its edition)', `FIVE THINGS CHINA\nThe week's China policy news in five items. Issue 41.\nChina Policy Pulse — Issue 12\n${PROSE}`, ["furniture:tagline: The week's China policy news in five items. Issue 41."]],
  // Podcast pages.
  ['a show\'s credits line and its sign-off', `Hosted by Priyanka Rao | Produced by Tom Eklund\n${PROSE}\n${MORE}\nThat's China Desk Daily for Wednesday. We're back tomorrow.`, ['furniture:credit: Hosted by Priyanka Rao | Produced by Tom Eklund', "furniture:notice: That's China Desk Daily for Wednesday. We're back tomorrow."]],
  ['a player, its speed and a placeholder', `[Audio player]\n▶ 0:00 / 41:05\n1x\n${PROSE}`, ['furniture:placeholder: [Audio player]', 'furniture:counter: ▶ 0:00 / 41:05', 'furniture:call-to-action: 1x']],
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

  it('takes no speaker label on a line of its own, nor the turn under it, as a heading', () => {
    const text = `ELENA BRANDT\nHow did Beijing react?\nWU CHIA-HAO\n${PROSE}\nELENA BRANDT\nAnd the budget?\nWU CHIA-HAO\n${MORE}\nELENA BRANDT\nThanks.\nHOST:\nAnd for Taipei?\nKai Mercer 00:02:15\n${PROSE}`;
    expect(roles(text).filter((role) => role.startsWith('heading'))).toEqual([]);
  });

  it("takes a live page's entry stamps over prose as headings, three or more, and no post time under a post", () => {
    const text = `08:05 GMT\n${PROSE}\n07:40 GMT\n${MORE}\n06:55 GMT\n${PROSE}`;
    expect(roles(text).filter((role) => role.startsWith('heading'))).toEqual(['heading: 08:05 GMT', 'heading: 07:40 GMT', 'heading: 06:55 GMT']);
    expect(roles(`08:05 GMT\n${PROSE}\n07:40 GMT\n${MORE}`).filter((role) => role.startsWith('heading'))).toEqual([]);
    expect(roles(`${PROSE}\n2.1K views\n09:12\n${MORE}\n1.4K views\n18:40\n${PROSE}\n3K views\n19:02`).filter((role) => role.startsWith('heading'))).toEqual([]);
  });

  it('reads "Label: value" lines under a lead-in as a list, not headings', () => {
    const text = `The provisional duty rates for individual producers are as follows:\nZhengzhou Yutong Bus Co., Ltd.: 21.4%\nBYD Auto Industry Co., Ltd.: 18.9%\nAll other companies: 31.5%\n${PROSE}`;
    expect(roles(text).filter((role) => !role.startsWith('paragraph'))).toEqual(['item: Zhengzhou Yutong Bus Co., Ltd.: 21.4%', 'item: BYD Auto Industry Co., Ltd.: 18.9%', 'item: All other companies: 31.5%']);
  });

  it("takes no Chinese event field as a heading", () => {
    expect(roles(`发布人：商务部新闻发言人 何亚东\n${PROSE}`)[0]).toBe('paragraph: 发布人：商务部新闻发言人 何亚东');
  });

  it("takes a Chinese document's outline numbers as headings, each level kept", () => {
    const zh = '在试点地区有序扩大增值电信业务开放，取消互联网数据中心等业务的外资股比限制，支持外资企业依法参与数字服务。';
    const text = `二、推动重点领域开放迈出新步伐\n（一）扩大电信和数字服务开放\n${zh}\n（二）有序推进医疗健康领域开放\n${zh}\n（十三）加强组织领导。各地区各部门要切实加强组织领导，确保各项措施落到实处。`;
    expect(roles(text).filter((role) => role.startsWith('heading'))).toEqual(['heading: 二、推动重点领域开放迈出新步伐', 'heading: （一）扩大电信和数字服务开放', 'heading: （二）有序推进医疗健康领域开放']);
  });

  it('takes section labels in capitals with a colon, each used once, as headings; a recurring speaker label is none', () => {
    expect(roles(`PROTECTING AMERICAN INDUSTRY:\n${PROSE}\nSECURING SUPPLY CHAINS:\n${MORE}`).filter((role) => role.startsWith('heading'))).toEqual(['heading: PROTECTING AMERICAN INDUSTRY:', 'heading: SECURING SUPPLY CHAINS:']);
    expect(roles(`HOST:\n${PROSE}\nGUEST:\n${MORE}\nHOST:\n${PROSE}`).filter((role) => role.startsWith('heading'))).toEqual([]);
  });

  it('takes no edition label as a heading', () => {
    expect(roles(`Edition 2024/44\n${PROSE}`)[0]).toBe('paragraph: Edition 2024/44');
  });

  it('takes a short line opening prose as a heading', () => {
    expect(roles(`Device inspections at the border\n${PROSE}`)[0]).toBe('heading: Device inspections at the border');
  });
});

describe('toUnits (wrapped prose only)', () => {
  it('does not join a menu whose spacing was folded, nor a drawn masthead, into a paragraph', () => {
    const menu = 'Markets Stocks Funds Crypto Press Releases My Portfolio Watchlist\nLog in Start free trial';
    expect(toUnits(menu).map((unit) => unit.text)).toEqual(['Markets Stocks Funds Crypto Press Releases My Portfolio Watchlist', 'Log in Start free trial']);
    const box = '+--------------------------------------------------------------+\n|  THE GRAIN & LAND LETTER                                     |\n|  Notes on China\'s farm and land policy, every other Monday   |\n+--------------------------------------------------------------+';
    expect(toUnits(box).map((unit) => unit.text)).toEqual(['+--------------------------------------------------------------+', 'THE GRAIN & LAND LETTER', "Notes on China's farm and land policy, every other Monday", '+--------------------------------------------------------------+']);
  });
});

describe('toUnits (wrapped headings)', () => {
  it('does not glue a short heading to the prose under it', () => {
    const text = `Provinces cut their growth goals\nThe State Council published the plan on Monday, and provinces\nare expected to follow with their own targets.`;
    expect(toUnits(text)[0].text).toBe('Provinces cut their growth goals');
  });
});
