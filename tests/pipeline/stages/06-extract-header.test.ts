import { describe, expect, it } from 'vitest';
import { GENERIC_BOILERPLATE } from '../../../src/pipeline/rules/generic-rules';
import { stripBoilerplate } from '../../../src/pipeline/stages/05-strip-boilerplate';
import { extractHeader } from '../../../src/pipeline/stages/06-extract-header';
import { removedLines, unitsOf } from '../../helpers/stages';

const PROSE = 'The State Council published the plan on Monday, and provinces are expected to follow with their own targets.';
const noCue = () => false;

/** [case, header lines, what the header states] */
const cases: [string, string, Record<string, unknown>][] = [
  ['title and dateline', 'Weekly China Insight\nBeijing, 6 February 2026', { title: 'Weekly China Insight', date: '2026-02-06', place: 'Beijing' }],
  ['news timestamp', 'China unveils new trade measures\n2026-01-26 17:14 Last Updated At:23:37', { title: 'China unveils new trade measures', date: '2026-01-26' }],
  ['series and week covered', 'SwedCham China Insights for the week of February 2 - February 6, 2026\nWeekly China Insight\nBeijing, 6 February 2026', { series: 'SwedCham China Insights', title: 'Weekly China Insight', week: { start: '2026-02-02', end: '2026-02-06' } }],
  ['no header at all', '', { title: null, date: null }],
  ['a title with the site\'s name standing above it as a line of its own', 'Finance Portal\nVoltaCycle Opens Battery Recycling Plant in Guangxi - Finance Portal\nTue, Mar 18, 2025, 8:00 AM', { title: 'VoltaCycle Opens Battery Recycling Plant in Guangxi', date: '2025-03-18' }],
  ['a "Name: Word" masthead set twice is the title, not a field', 'Pacific Brief: China\nSign up for free\nPacific Brief: China\nBy Nadia Ferreira-Lau · Mar 12, 2025', { title: 'Pacific Brief: China', date: '2025-03-12' }],
  ['a "Label: text" headline the page sets twice, over three "Label: text" items', 'Saturday links: a property rescue and solar glass cuts\nShare this post\nSaturday links: a property rescue and solar glass cuts\nSep 21, 2024\nProperty: Guangzhou lifts the purchase limits\nSolar glass: producers agree to cut output\nSanctions: a first lawsuit under the law', { title: 'Saturday links: a property rescue and solar glass cuts', date: '2024-09-21' }],
  ['a Chinese menu item is not the title, the headline under the menu is', '新闻\n财经\n科技\n更多\n下载客户端\n两会前瞻｜外资企业最关心哪些开放新举措？\n来源：华讯财经综合　2026-03-05 09:12\n十四届全国人大四次会议今天开幕。外资企业期待更多开放举措，希望在服务业准入、数据跨境流动和政府采购等领域看到更多更具体的安排。', { title: '两会前瞻｜外资企业最关心哪些开放新举措？', date: '2026-03-05' }],
  ['a press release dateline with its date between two dashes', `Alliance urges predictable licensing\nWASHINGTON, D.C. – February 4, 2026 – The alliance today called on both governments to publish clear criteria for approving licences, and said its members had lost orders.`, { title: 'Alliance urges predictable licensing', date: '2026-02-04' }],
  ["a Chinese ministry's notice under a long menu of short items", `${['无障碍浏览', 'English', '繁体', '中华人民共和国商务部', '首页', '机构设置', '政务公开', '政务服务', '互动交流', '新闻发布', '商务数据', '专题专栏', '首页', '政务公开', '通知公告'].join('\n')}\n商务部办公厅关于做好2026年度两用物项出口经营者内部合规工作的通知\n发布时间：2026-02-20 来源：安全与管制局\n各省、自治区、直辖市商务主管部门：为指导两用物项出口经营者建立健全内部合规制度，现就有关事项通知如下。`, { title: '商务部办公厅关于做好2026年度两用物项出口经营者内部合规工作的通知', date: '2026-02-20' }],
  ["a press release dated only by its closing mark", `Government responds to commission report\n${PROSE}\n${PROSE}\nEnds/Thursday, January 15, 2026\nIssued at HKT 17:30`, { title: 'Government responds to commission report', date: '2026-01-15' }],
  ["the e-mail's own headline, of which the subject is a shortened form", 'From: Kestrel Pacific Research <research@example.com>\nSent: Monday, June 22, 2026 7:45 AM\nSubject: China Macro Weekly – Credit turns, property still the drag\nKESTREL PACIFIC | GLOBAL RESEARCH\nChina Macro Weekly: Credit turns, but property is still the drag', { title: 'China Macro Weekly: Credit turns, but property is still the drag', date: '2026-06-22' }],
  ['a headline over a run of fields ("时间：…", "地点：…", "发布人：…"), none of them the title', `商务部召开例行新闻发布会（2026年5月14日）\n来源：商务部新闻办公室　发布时间：2026-05-14 19:20\n时间：2026年5月14日（星期四）下午3:00\n地点：商务部新闻发布厅\n发布人：商务部新闻发言人 何亚东\n何亚东：各位记者朋友，大家下午好！欢迎参加商务部例行新闻发布会。今年五一假期期间，各地商务主管部门组织开展了服务消费季活动，消费市场总体平稳。`, { title: '商务部召开例行新闻发布会（2026年5月14日）', date: '2026-05-14' }],
  ['a live page dated only by its closing stamp', `China first-quarter GDP: economy grows 5.2% – live updates\nUpdated 3 hours ago\n${PROSE}\n${PROSE.replace('Monday', 'Friday')}\nFirst published on Thursday, 16 April 2026, 01:15 GMT\nExplore more on these topics`, { title: 'China first-quarter GDP: economy grows 5.2% – live updates', date: '2026-04-16' }],
  ['a "Name: Word" line set once is still a field', 'Source: Xinhua\nBy Nadia Ferreira-Lau · Mar 12, 2025', { title: null }],
];

describe('extractHeader: the headline block under a standfirst', () => {
  const STANDFIRST = 'Talks on replacing EU duties with price undertakings resumed in Brussels this week, with both sides saying gaps have narrowed';
  it('removes the place, the Updated line and the buttons between the date line and the body, not the first section\'s heading', () => {
    const { units, ledger } = unitsOf(`Beijing and Brussels edge towards minimum prices for Chinese electric cars\n${STANDFIRST}\nElena Marchetti-Wong\nin Brussels\nPublished: 6:30pm, 16 Apr 2025\nUpdated: 9:12pm, 16 Apr 2025\nListen\nGet more with myHarbour\n+ FOLLOW\nProvinces follow the plan\n${PROSE}`);
    const { facts, body } = extractHeader(units, noCue, ledger);
    expect(facts.date).toBe('2025-04-16');
    expect(body.map((unit) => unit.text)).toEqual([STANDFIRST, 'Provinces follow the plan', PROSE]);
    expect(ledger.removedInOrder().map((line) => `${line.rule}: ${line.text}`)).toContain('furniture:headline-block: in Brussels');
  });
});

describe('extractHeader: a section label under the date line', () => {
  const lines = (label: string, menu: string) => `${menu}In Depth: Local Government Financing Vehicles Race to Leave the Bond Market\nSep 03, 2024 03:19 PM\n${label}\n${PROSE}`;
  it('removes one the page\'s menu sets too, and keeps a newsletter\'s own heading', () => {
    const menu = unitsOf(lines('Finance', 'Finance\nEconomy\n'));
    expect(extractHeader(menu.units, noCue, menu.ledger).body.map((unit) => unit.text)).toEqual([PROSE]);
    const own = unitsOf(lines('POLITICS', ''));
    expect(extractHeader(own.units, noCue, own.ledger).body.map((unit) => unit.text)).toEqual(['POLITICS', PROSE]);
  });
});

describe('extractHeader: the standfirst', () => {
  it('marks the long unpunctuated line under the title as its standfirst, not a shorter one', () => {
    const sub = "Why the renminbi's share of letters of credit matters more than its share of reserves";
    const { units, ledger } = unitsOf(`The yuan's quiet progress in trade finance\n${sub}\nFeb 18, 2025\n${PROSE}`);
    expect(extractHeader(units, noCue, ledger).body.find((unit) => unit.text === sub)?.standfirst).toBe(true);
    const short = unitsOf(`The yuan's quiet progress in trade finance\nLetters of credit\n${PROSE}`);
    expect(extractHeader(short.units, noCue, short.ledger).body.some((unit) => unit.standfirst)).toBe(false);
  });
});

describe('extractHeader', () => {
  it.each(cases)('%s', (_name, header, expected) => {
    const { units, ledger } = unitsOf(`${header}\n${PROSE}`.trimStart());
    const { facts, body } = extractHeader(units, noCue, ledger);
    expect(facts).toMatchObject(expected);
    expect(body.map((unit) => unit.text)).toContain(PROSE);
  });

  it('takes the line the file\'s header states as the title, over a better-scored line below', () => {
    const { units, ledger } = unitsOf(`A growth target, a tariff reply and a property fix\nThe week in four items.\n1. Around 5 per cent, again\n${PROSE}`);
    const { facts, body } = extractHeader(units, noCue, ledger, { statedTitle: 'A growth target, a tariff reply and a property fix' });
    expect(facts.title).toBe('A growth target, a tariff reply and a property fix');
    expect(body.map((unit) => unit.text)).toContain('1. Around 5 per cent, again');
  });

  it("removes the authors' names right above the date line under the title, as the byline", () => {
    const { units, ledger } = unitsOf(`Settling in Renminbi: What the Payment Push Means for Asian Banks\nMei Ling Tan, Rohan Mehta and Jonas Keller\n18 February 2026\n${PROSE}`);
    const { facts, body } = extractHeader(units, noCue, ledger);
    expect(facts.date).toBe('2026-02-18');
    expect(body.map((unit) => unit.text)).toEqual([PROSE]);
    expect(removedLines(ledger)).toContain('metadata:byline: Mei Ling Tan, Rohan Mehta and Jonas Keller');
  });

  it('removes a name-shaped masthead above the title, and the date line and its byline under a standfirst', () => {
    const text = `Lakeside Forum on Asian Affairs\nResearch   Experts   Events\nChina's debt swap buys time, not solvency\nThe programme moves hidden local debt onto official books, and it does not change how provinces earn money.\nAda Kwon-Mercer\nNovember 21, 2024\n${PROSE}`;
    const { units, ledger } = unitsOf(text);
    const { facts, body } = extractHeader(units, noCue, ledger);
    expect(facts).toMatchObject({ title: "China's debt swap buys time, not solvency", date: '2024-11-21' });
    expect(body.map((unit) => unit.text)).not.toContain('Lakeside Forum on Asian Affairs');
    expect(body.map((unit) => unit.text)).not.toContain('Ada Kwon-Mercer');
    expect(body.map((unit) => unit.text)).not.toContain('November 21, 2024');
  });

  it('removes the lines it reads as metadata, under a metadata rule', () => {
    const { units, ledger } = unitsOf(`Weekly China Insight\nBeijing, 6 February 2026\n${PROSE}`);
    extractHeader(units, noCue, ledger);
    expect(ledger.removedInOrder().map((line) => line.rule.split(':')[0])).toEqual(['metadata', 'metadata']);
  });

  it('reads a forward: the original message gives title, date and sender; the note is left out', () => {
    const mail = [
      'From: A Reader <reader@example.com>', 'Date: Fri, 22 Nov 2024 09:40:02 +0100', 'Subject: Fwd: Desk Notes | Ports and the new export rules', '',
      'FYI, worth a look.', '',
      '---------- Forwarded message ---------', 'From: Desk Notes <desk@example.org>', 'Date: Thu, 21 Nov 2024 at 10:12', 'Subject: Desk Notes | Ports and the new export rules', '',
    ].join('\n');
    const { units, ledger } = unitsOf(`${mail}\n${PROSE}\n\n${PROSE}`);
    const { facts } = extractHeader(units, noCue, ledger);
    expect(facts).toMatchObject({ title: 'Ports and the new export rules', date: '2024-11-21', sender: 'Desk Notes' });
    expect(ledger.removedInOrder().map((line) => line.rule)).toContain('email-forward-note');
  });

  it("leaves out the forwarder's note and signature above the forward separator, when the outer header was copied from a reading pane", () => {
    const mail = [
      'FW: Desk Notes | Ports and the new export rules', 'Anna Kowalczyk <anna@example.eu>', 'Wed 11/02/2026 09:14', 'To: Tom Reilly <tom@example.eu>', '',
      'FYI — see item 2. Worth raising on the supplier call on Thursday,', 'they will not mention it unless we ask.', '', 'Anna Kowalczyk | Senior Associate', '',
      '---------- Forwarded message ---------', 'From: Desk Notes <desk@example.org>', 'Date: Tue, 10 Feb 2026 at 07:02', 'Subject: Desk Notes | Ports and the new export rules', '',
    ].join('\n');
    const { units, ledger } = unitsOf(`${mail}\n${PROSE}\n\n${PROSE}`);
    const { facts, body } = extractHeader(units, noCue, ledger);
    expect(facts).toMatchObject({ date: '2026-02-10', sender: 'Desk Notes' });
    expect(body.map((unit) => unit.text)).toEqual([PROSE, PROSE]);
    expect(removedLines(ledger)).toContain('email-forward-note: FYI — see item 2. Worth raising on the supplier call on Thursday,');
  });

  it("removes the letterhead right above a letter's salutation, not kept as the first heading", () => {
    const { units, ledger } = unitsOf(`From: NBBC Communications <communications@example.org>\nSent: Thursday, March 5, 2026 10:12 AM\nSubject: Position Paper 2026/2027: Predictability First\nNORDIC-BALTIC BUSINESS COUNCIL IN SHANGHAI | 北欧波罗的海商会\nDear Members,\n${PROSE}\nOfficials in the coastal provinces said that they would publish their own versions before the summer.`);
    const kept = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger).units;
    const { facts, body } = extractHeader(kept, noCue, ledger, { page: units });
    expect(facts.title).toBe('Position Paper 2026/2027: Predictability First');
    expect(body.map((unit) => unit.text)).toEqual([PROSE, 'Officials in the coastal provinces said that they would publish their own versions before the summer.']);
    expect(removedLines(ledger)).toContain('masthead:letterhead: NORDIC-BALTIC BUSINESS COUNCIL IN SHANGHAI | 北欧波罗的海商会');
  });

  it("keeps an event page's speakers label under the title, over its list", () => {
    const { units, ledger } = unitsOf(`Beijing's Plan and the Push for Self-Reliance\nTuesday, February 10, 2026\nSpeakers\nIngrid Solberg, Senior Fellow, China Economy Program\nChen Meiling, Associate Professor, University of Toronto\n${PROSE}`);
    const { body } = extractHeader(units, noCue, ledger);
    expect(body.map((unit) => unit.text)).toEqual(['Speakers', 'Ingrid Solberg, Senior Fellow, China Economy Program', 'Chen Meiling, Associate Professor, University of Toronto', PROSE]);
  });

  it('takes the headline, not a share bar, a masthead or a crumb, and reads a byline date', () => {
    const page = 'Share on Facebook Share on X\nTHE HARBOUR TIMES\nHome > China\nShenzhen opens a second customs lane for parcels\nBy Mara Lindholm\nNov 19, 2024 · 6:05 AM GMT+8';
    const { units, ledger } = unitsOf(`${page}\n${PROSE}\n${PROSE}`);
    expect(extractHeader(units, noCue, ledger).facts).toMatchObject({ title: 'Shenzhen opens a second customs lane for parcels', date: '2024-11-19' });
  });

  it('reports an ambiguous numeric date instead of guessing', () => {
    const { units, ledger } = unitsOf(`A quiet week for the customs authorities\n03/04/2024\n${PROSE}\n${PROSE}`);
    const { facts } = extractHeader(units, noCue, ledger);
    expect(facts.date).toBeNull();
    expect(facts.notes.join(' ')).toMatch(/day and month/);
  });
});
