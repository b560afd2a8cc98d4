/**
 * Evidence added for the seventh blind batch's shapes, each on a small text of its own: a
 * government page's labelled dates, its title field, plain-text letters' capitals headlines,
 * a reading pane's folder label and sender line, an events box below the body, language
 * pickers, bare "Save"/"Image" buttons, "(… photo)" captions, a key-points box over the story,
 * and a numbered run's last item over bullets.
 */
import { describe, expect, it } from 'vitest';
import { locateDate } from '../../../src/pipeline/evidence/date-locate';
import { isSpeakerTurn } from '../../../src/pipeline/evidence/heading-evidence';
import { uiFurniture } from '../../../src/pipeline/evidence/ui-vocabulary';
import { creditOf } from '../../../src/pipeline/evidence/credits';
import { toUnits } from '../../../src/pipeline/stages/04-units';
import { wordCount } from '../../../src/pipeline/text/line-shape';
import type { Issue } from '../../../src/schema';
import { publisherFromText } from '../../../src/pipeline/rules/detect-publisher';
import { ingestText, visibleTexts } from '../../helpers/pipeline';

const issueOf = (text: string, name = 'test.txt'): Issue => {
  const outcome = ingestText(text, name);
  if (outcome.kind !== 'issue') throw new Error(outcome.rejection.reason);
  return outcome.issue;
};
const zoneOf = (...lines: string[]) => toUnits(lines.join('\n'));
const dateOf = (...lines: string[]) => locateDate({ zone: zoneOf(...lines), firstParagraph: null, emailDate: null, titles: [], foot: [], ablate: undefined }).date;

const PROSE = [
  'The ministry said the new rules would apply to every firm that moves data out of the country, and that the reviews would take no longer than twenty working days.',
  'Companies that already hold a licence will not need to apply again, officials told reporters at a briefing on Tuesday afternoon in the capital.',
];

describe('dates by their labels', () => {
  it('reads the publication date over the written date, on their own lines or one line', () => {
    expect(dateOf('发文机关： 国务院办公厅 成文日期： 2025年07月14日', '发文字号： 国办发〔2025〕27号 发布日期： 2025年07月22日')).toBe('2025-07-22');
    expect(dateOf('成文日期：2025年07月14日 发布日期：2025年07月22日')).toBe('2025-07-22');
    expect(dateOf('Effective date: 1 March 2025', 'Published: 12 February 2025')).toBe('2025-02-12');
  });

  it('falls back on a written date when the page states no other', () => {
    expect(dateOf('成文日期： 2025年07月14日')).toBe('2025-07-14');
    expect(dateOf('March 4, 2025')).toBe('2025-03-04');
  });
});

describe('a government page', () => {
  const page = [
    '首页 > 政策 > 国务院文件',
    '发文机关： 国务院办公厅 成文日期： 2025年07月14日',
    '标　　题：\t国务院办公厅关于加快发展数字贸易的意见',
    '发文字号： 国办发〔2025〕31号 发布日期： 2025年07月22日',
    '国务院办公厅关于加快发展数字贸易的意见',
    '各省、自治区、直辖市人民政府：',
    '数字贸易是国际贸易的重要组成部分。为加快发展数字贸易，推动贸易结构优化升级，经国务院同意，现提出如下意见。各地区要结合实际认真贯彻落实，确保各项措施取得实效。',
    '一、总体要求',
    '坚持改革创新，坚持开放合作，稳步扩大制度型开放，推动数字贸易高质量发展，为建设贸易强国提供有力支撑。到2030年，数字贸易规模明显扩大。',
  ].join('\n');

  it('dates it by its publication date and keeps the title field out of the text', () => {
    const issue = issueOf(page);
    expect(issue.date).toBe('2025-07-22');
    expect(issue.title).toBe('国务院办公厅关于加快发展数字贸易的意见');
    expect(visibleTexts(issue).some((text) => text.includes('标'))).toBe(false);
  });
});

describe('capitals headlines in a plain-text letter', () => {
  it('is no speaker turn: topic, colon and headline, all in capitals, no full stop', () => {
    expect(isSpeakerTurn('POLITICS: FROM TIANANMEN TO THE FOURTH PLENUM')).toBe(false);
    expect(isSpeakerTurn('US-CHINA: NINETY DAYS, AND THEN?')).toBe(false);
    expect(isSpeakerTurn('JORDAN PEREZ: And the budget?')).toBe(true);
    expect(isSpeakerTurn('HOST: WELCOME BACK TO THE SHOW.')).toBe(true);
    expect(isSpeakerTurn('Q: WHAT ABOUT THE TARIFFS')).toBe(true);
  });

  it('heads its section between drawn rules', () => {
    const rule = '-'.repeat(72);
    const letter = [
      'THE HARBOUR LETTER', '', 'After the parade', '', PROSE[0], '',
      rule, 'ECONOMY: PRICE WARS MEET WEAK DEMAND', rule, '', PROSE[1], '',
      rule, 'TECHNOLOGY: BEIJING COOLS ON IMPORTED CHIPS', rule, '', PROSE[0],
    ].join('\n');
    expect(issueOf(letter).sections.map((section) => section.heading).slice(-2)).toEqual(['ECONOMY: PRICE WARS MEET WEAK DEMAND', 'TECHNOLOGY: BEIJING COOLS ON IMPORTED CHIPS']);
  });
});

describe('a reading pane copied from webmail', () => {
  const pane = [
    'Busan truce on paper, a plenum blueprint and a chip standoff',
    'Inbox',
    '',
    'Calder Strait Advisory <briefings@calder.example> Unsubscribe',
    'Tue, Nov 18, 2025, 7:04 AM',
    'to me',
    '',
    ...PROSE,
    '',
    'UPCOMING EVENTS',
    'Client roundtable | Export controls after Busan',
    'Thursday 4 December 2025 · Calder Strait Advisory, Washington DC',
    'By invitation – request a place',
  ].join('\n');

  it('keeps the folder label out of the title, names the sender as publisher, and drops the events box', () => {
    const issue = issueOf(pane);
    expect(issue.title).toBe('Busan truce on paper, a plenum blueprint and a chip standoff');
    expect(issue.publisher).toBe('Calder Strait Advisory');
    expect(visibleTexts(issue).join('\n')).not.toMatch(/Inbox|roundtable|Thursday 4 December|briefings@/u);
  });

  it('names no publisher when the pane shows a forward', () => {
    const forward = pane.replace('Busan truce', 'Fwd: Busan truce').replace('Calder Strait Advisory <', 'Julia Fenwick <');
    expect(issueOf(forward).publisher).not.toBe('Julia Fenwick');
  });
});

describe('page furniture', () => {
  it.each(['中文', 'Español', 'Русский', 'عربي', 'English | 中文', '简 | 繁 | EN'])('"%s" is a language picker', (text) => {
    expect(uiFurniture(text, wordCount(text))).toBe('furniture:language-picker');
  });

  it.each(['Save', 'Image', 'Photo'])('"%s" alone is a button or a picture\'s placeholder', (text) => {
    expect(uiFurniture(text, 1)).not.toBeNull();
  });

  it('keeps lines that only mention such words', () => {
    expect(uiFurniture('Save the yuan', 3)).toBeNull();
    expect(uiFurniture('English courts weigh the case', 5)).toBeNull();
  });

  it.each([
    'Trump and Xi before their talks at Gimhae air base in Busan on Thursday. (White House photo)',
    'Workers check cells at a plant in Hefei on May 3. (AP Photo/Ng Han Guan)',
    'A farmer unloads soybeans in Iowa. Photo: J. Hartmann / picture alliance',
  ])('a caption ending on its credit in brackets: %s', (text) => {
    expect(creditOf(text)).toBe('furniture:caption');
  });

  it('keeps a sentence that ends on brackets of its own', () => {
    expect(creditOf('The ministry published the list on Tuesday. (It had been expected for months.)')).toBeNull();
  });
});

describe('a key-points box over the story', () => {
  it('takes the box\'s lines as takeaways and leaves the story as text', () => {
    const issue = issueOf([
      'China adds battery know-how to its export restriction list',
      '',
      'Key points',
      'Exporting cathode technology now needs a government licence.',
      'Lithium refining processes have also been moved onto the list.',
      '',
      PROSE[0],
      PROSE[1],
    ].join('\n'));
    expect(issue.takeaways.map((takeaway) => takeaway.text)).toEqual([
      'Exporting cathode technology now needs a government licence.',
      'Lithium refining processes have also been moved onto the list.',
    ]);
    const paragraphs = issue.sections.flatMap((section) => section.blocks).filter((block) => block.kind === 'paragraph');
    expect(paragraphs.map((block) => block.kind === 'paragraph' && block.text)).toEqual(PROSE);
  });
});

describe('a numbered run', () => {
  const story = (n: number, headline: string) => [`${n}. ${headline}`, '', PROSE[n % 2], ''];
  it('heads a section with its last item over bullets', () => {
    const issue = issueOf([
      'The Yuan Brief #87', '', ...story(1, 'Beijing sticks with its growth target'), ...story(2, 'The deficit goes to four percent'),
      '3. Quick hits', '', '• The central bank said it would cut rates at an appropriate time.', '• Defence spending is budgeted to rise again.',
    ].join('\n'));
    expect(issue.sections.map((section) => section.heading)).toEqual(['Beijing sticks with its growth target', 'The deficit goes to four percent', 'Quick hits']);
  });

  it('leaves a recommendations list with sub-bullets alone, whatever is numbered elsewhere', () => {
    const issue = issueOf([
      'Position paper', '', ...story(1, 'Introduction to the working group'), ...story(2, 'Key issues and recommendations'),
      'Recommendations', '1. Revise the procurement law', '• Define a domestic product by where it is made.', '2. Make the standard predictable', '• Consult on thresholds before setting them.',
    ].join('\n'));
    expect(issue.sections.map((section) => section.heading)).not.toContain('Make the standard predictable');
  });
});

describe('a news page\'s second dated line, a wire\'s provider, a copyright "by"', () => {
  it('keeps "Source: … | Published: …" under the headline out of the headings', () => {
    const issue = issueOf([
      'Thursday, Jun 12, 2025', 'OPINION', 'London talks show patient dialogue moves trade forward', 'By Zhou Xinyan',
      'Source: Global Herald | Published: 2025/06/12 21:35', ...PROSE, 'Mechanism over megaphones', ...PROSE,
    ].join('\n'));
    expect(issue.sections.map((section) => section.heading)).toEqual([null, 'Mechanism over megaphones']);
    expect(visibleTexts(issue).join('\n')).not.toContain('Published:');
  });

  it('removes the name under "News provided by"', () => {
    const issue = issueOf([
      'Lanxin Robotics opens a European production hub in Hungary', 'News provided by', 'Lanxin Robotics Holdings Ltd.', 'Oct 14, 2025, 08:00 ET', ...PROSE,
    ].join('\n'));
    expect(visibleTexts(issue)).not.toContain('Lanxin Robotics Holdings Ltd.');
  });

  it('reads the name after "© 2025 by"', () => {
    expect(publisherFromText('Copyright © 2025 by The Global Herald. All rights reserved.')).toBe('The Global Herald');
  });
});

describe('a takeaways box, one paragraph a line', () => {
  it('ends where the story\'s first paragraph of several sentences begins', () => {
    const points = ['Beijing targets farm goods it can buy elsewhere.', 'The entity listings are narrow and can be lifted quickly.'];
    const story = 'Hours after Washington raised its tariff, Beijing announced its answer. The tariff commission said duties of 10 to 15 percent would apply to chicken, wheat, corn and cotton from next week.';
    const issue = issueOf(['Measured retaliation: how Beijing answered', 'Key takeaways', ...points, story, ...PROSE].join('\n'));
    expect(issue.takeaways.map((takeaway) => takeaway.text)).toEqual(points);
  });
});

describe('Chinese posts', () => {
  const post = (first: string) => [
    '宏观老周说', '2026-2-8 21:14 来自 iPhone客户端', first,
    '离春节只剩一周多，后台一直有人问：今年以旧换新的补贴还有没有？会不会像去年那样，有的地方突然暂停？先说结论：今年的资金年初就提前下达到了地方，所以节前不用担心断档。',
    '不过有三个变化值得注意：补贴范围在调整，部分品类的补贴比例下调了；不少城市改成了限时限量，每天定点放券；线上平台的核销规则更严了，同一品类只能享受一次。',
  ].join('\n');

  it('take the headline set in lenticular brackets as the title', () => {
    const issue = issueOf(post('【春节前的国补还剩多少？几个变化说清楚】'));
    expect(issue.title).toBe('春节前的国补还剩多少？几个变化说清楚');
    expect(issue.origin.title).toBe('text');
  });

  it('get a short fallback title when they state none, never a paragraph', () => {
    const issue = issueOf(['今年以旧换新的补贴还有没有？会不会像去年那样，有的地方突然暂停？先说结论：今年的资金年初就提前下达到了地方，所以节前不用担心断档，大家可以放心。'].join('\n'));
    expect(issue.origin.title).toBe('fallback');
    expect([...issue.title].length).toBeLessThanOrEqual(40);
  });
});

describe('a think-tank page\'s headline over a photo credit', () => {
  it('is the title, not the picture\'s caption; the copyright line names the institution', () => {
    const issue = issueOf([
      'Center for Strategic Studies', 'Menu', 'Analysis', 'Critical Questions',
      'Reading the Fifteenth Five-Year Plan Outline: Five Questions', 'Photo: Lin Hao/AFP via Getty Images',
      'Commentary by Eleanor Whitfield', 'Published March 5, 2026', ...PROSE, '© 2026 by the Center for Strategic Studies. All rights reserved.',
    ].join('\n'));
    expect(issue.title).toBe('Reading the Fifteenth Five-Year Plan Outline: Five Questions');
    expect(issue.publisher).toBe('Center for Strategic Studies');
  });

  it('leaves a caption in sentence case over its credit a caption', () => {
    const issue = issueOf(['Beijing widens its export controls', 'Workers at a port in Ningbo load containers onto a ship', 'Photo: VCG', ...PROSE].join('\n'));
    expect(visibleTexts(issue).join('\n')).not.toContain('Workers at a port');
  });
});

describe('bylines, platform labels and banners', () => {
  it('removes an author set twice over the date line (avatar text, then name)', () => {
    const issue = issueOf(['The swap that never ends: local debt and a patient central bank', 'Hannah Oduya', 'Hannah Oduya', 'Jan 22, 2026 • 7 min read', ...PROSE].join('\n'));
    expect(visibleTexts(issue)).not.toContain('Hannah Oduya');
  });

  it('removes the publication under "Published in" and "Writer for"', () => {
    const issue = issueOf(['The quiet death of the county bond market', 'Mei-Lin Hargrove', 'Published in', 'Policy Frontier', '8 min read', ...PROSE].join('\n'));
    expect(visibleTexts(issue).join('\n')).not.toMatch(/Policy Frontier|Published in/u);
  });

  it.each(["A lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites."])('a .gov banner sentence is a notice: %s', (text) => {
    expect(uiFurniture(text, wordCount(text))).toBe('furniture:notice');
  });
});

describe('the eighth blind batch', () => {
  it.each([
    ['【发布单位】安全与管制局', 'furniture:record-field'],
    ['商务部公告2025年第47号', 'furniture:counter'],
    ['Upgrade to continue reading', 'furniture:notice'],
    ['Already a member? Sign in', 'furniture:notice'],
    ['Video PlayerClose', 'furniture:call-to-action'],
    ['功能介绍 关注中美经贸规则与出口管制，每周两更。', 'furniture:notice'],
    ['点击上方蓝字关注我们', 'furniture:call-to-action'],
    ['Managing Director: Dr. Katrin Ostermann | Register court: Amtsgericht Hamburg, HRB 176402', 'furniture:notice'],
  ])('"%s" is %s', (text, rule) => {
    expect(uiFurniture(text, wordCount(text))).toBe(rule);
  });

  it('reads a continental address as one', () => {
    expect(creditOf('Elbe Institute for China Studies gGmbH | Am Sandtorkai 40 | 20457 Hamburg | Germany')).toBe('furniture:address');
    expect(creditOf('Exports rose 40, 2024 figures show')).toBeNull();
  });

  it('keeps an attachments line out of the headings and takes a WeChat bar heading', () => {
    const issue = issueOf([
      '关于对部分高纯石英相关物项实施出口管制的公告', '▍暂停的是什么', '',
      '根据《中华人民共和国出口管制法》的有关规定，为维护国家安全和利益，经国务院批准，决定对部分物项实施出口管制。现将有关事项公告如下，请各有关单位认真遵照执行。', '',
      '附件：1. 两用物项出口申请表', '2. 最终用户和最终用途说明',
    ].join('\n'));
    expect(issue.sections.map((section) => section.heading)).toEqual(['暂停的是什么']);
  });

  it('takes two authors joined on a line of their own as the byline, and a copyright name up to its dot', () => {
    const issue = issueOf(['After Busan: soybeans, rare earths and a one-year truce', 'Elena Marsh', 'and', 'Jiang Hao', 'Nov 6, 2025', ...PROSE, '© 2025 Elena Marsh · Privacy ∙ Terms'].join('\n'));
    expect(visibleTexts(issue).join('\n')).not.toMatch(/Jiang Hao|^and$/mu);
    expect(issue.publisher).toBe('Elena Marsh');
  });

  it('reads "Key takeaways for procurement teams" as a takeaway label', () => {
    const issue = issueOf(['What the plan means for suppliers', ...PROSE, '', 'Key takeaways for procurement teams', 'Expect overcapacity to persist in strategic sectors.', 'Map your categories against the sectoral plans.'].join('\n'));
    expect(issue.takeaways.map((takeaway) => takeaway.text)).toEqual(['Expect overcapacity to persist in strategic sectors.', 'Map your categories against the sectoral plans.']);
  });
});
