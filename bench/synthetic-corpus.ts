/**
 * A deterministic synthetic archive for `npm run bench`: newsletter series that share blurbs,
 * mastheads and footers; news pages with navigation junk; long reads with figures. Some
 * issues repeat a story from the week before (follow-ups), some events are covered by two
 * outlets in different words; and copies of every kind the design names are injected at a
 * known rate, so grouping can be scored against the truth.
 */

/** One generated raw file and what it really is. */
export interface SyntheticDoc {
  file: string;
  text: string;
  /** Files with the same group are copies of one briefing. */
  group: string;
  /** The newsletter series, for counting false merges within a series. */
  series: string | null;
  /** How this file was made from its original, if it is a copy. */
  copyKind: CopyKind | null;
}

export const COPY_KINDS = ['quote-style', 'reflow', 'paragraph-split', 'blurb-on-top', 'email-forward', 'truncated', 'missing-title', 'repost'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** mulberry32: a small, seedable PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const ACTORS = ['The Ministry of Commerce', 'The State Council', "The People's Bank of China", 'The National Development and Reform Commission', 'The Ministry of Finance', 'The Cyberspace Administration', 'The customs administration', 'The Ministry of Industry and Information Technology', 'The securities regulator', 'The housing ministry', 'The National Energy Administration', 'The market regulator', 'The Ministry of Agriculture', 'The State Administration of Foreign Exchange', 'The Ministry of Transport', 'Provincial officials', 'The financial regulator', 'The tax administration', 'The statistics bureau', 'The Ministry of Ecology and Environment'];
const VERBS = ['announced', 'unveiled', 'tightened', 'expanded', 'approved', 'postponed', 'reviewed', 'launched', 'extended', 'clarified', 'suspended', 'drafted', 'published', 'revised', 'finalised', 'proposed', 'scaled back', 'accelerated'];
const ADJECTIVES = ['new', 'revised', 'temporary', 'targeted', 'broader', 'stricter', 'simplified', 'long-awaited', 'pilot', 'regional', 'national', 'interim'];
const INSTRUMENTS = ['rules', 'subsidies', 'export licences', 'credit quotas', 'tax rebates', 'reporting requirements', 'approval procedures', 'price controls', 'investment limits', 'data standards', 'safety inspections', 'procurement guidelines', 'bond quotas', 'land-use permits'];
const SECTORS = ['electric vehicles', 'rare earth processing', 'semiconductor equipment', 'cross-border data', 'green bonds', 'property developers', 'solar manufacturers', 'grain storage', 'shipping insurance', 'battery recycling', 'pharmaceutical imports', 'cloud computing', 'steel exports', 'coal power', 'platform companies', 'local government financing vehicles', 'private pension funds', 'cold-chain logistics', 'biotech breeding', 'offshore wind'];
const PLACES = ['Guangdong', 'Zhejiang', 'Jiangsu', 'Shandong', 'Sichuan', 'Hubei', 'Henan', 'Fujian', 'Hainan', 'Yunnan', 'Shaanxi', 'Anhui', 'Liaoning', 'Guangxi', 'Chongqing', 'Tianjin', 'Shanghai', 'Beijing', 'Shenzhen', 'Xinjiang', 'Inner Mongolia', 'Jiangxi', 'Hunan', 'Guizhou'];
const SOURCES = ['according to people familiar with the matter', 'in a statement posted on its website', 'at a regular press conference in Beijing', 'in a notice dated this week', 'according to state media', 'in guidance sent to local branches', 'in a draft circulated for comment', 'according to an industry association'];
const EFFECTS = ['lower financing costs for smaller firms', 'slow new investment in the sector', 'ease pressure on exporters', 'raise compliance costs for foreign companies', 'support household consumption', 'accelerate consolidation among producers', 'reduce overcapacity', 'shift demand toward domestic suppliers', 'delay projects that depend on imported equipment', 'improve the quality of local statistics'];
const ANALYSIS = ['signals that', 'suggests that', 'indicates that', 'underscores that', 'reflects a view that', 'points to a shift in which'];
const CONCLUSIONS = ['Beijing is prioritising stability over speed', 'regulators prefer gradual pilots to sweeping reform', 'local governments will carry more of the burden', 'foreign firms should expect more scrutiny', 'the leadership wants growth driven by technology', 'policy will stay supportive through the year', 'officials are worried about financial risk', 'the centre is reasserting control over local spending'];
const FIRST = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Anna', 'Mark', 'Sofia', 'James', 'Elena'];
const LAST = ['Min', 'Wei', 'Jing', 'Hao', 'Lei', 'Fang', 'Keller', 'Brown', 'Rossi', 'Novak', 'Larsen'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Facts of one story, so that two outlets can report the same event in different words. */
interface Story {
  actor: string;
  verb: string;
  measure: string;
  sector: string;
  place: string;
  amount: number;
  share: number;
  effect: string;
  person: string;
}

function newStory(r: Rng): Story {
  return {
    actor: r.pick(ACTORS),
    verb: r.pick(VERBS),
    measure: `${r.pick(ADJECTIVES)} ${r.pick(INSTRUMENTS)}`,
    sector: r.pick(SECTORS),
    place: r.pick(PLACES),
    amount: r.int(5, 900),
    share: r.int(2, 60),
    effect: r.pick(EFFECTS),
    person: `${r.pick(FIRST)} ${r.pick(LAST)}`,
  };
}

const SUBJECTS = ['Exporters', 'Analysts', 'Local officials', 'Foreign chambers', 'Bankers', 'Trade lawyers', 'Economists', 'Investors', 'Executives', 'Industry groups', 'Consultants', 'Provincial planners', 'Fund managers', 'Suppliers', 'Small manufacturers', 'Shipping agents', 'Auditors', 'Logistics firms'];
const REACTIONS = ['welcomed', 'questioned', 'criticised', 'played down', 'warned about', 'asked for details on', 'broadly supported', 'were divided over', 'cautiously backed', 'lobbied against', 'sought exemptions from', 'raised concerns about'];
const ASPECTS = ['the timing', 'the scope', 'the cost', 'the enforcement', 'the eligibility rules', 'the reporting burden', 'the transition period', 'the funding', 'the approval process', 'the penalties', 'the data requirements', 'the review mechanism'];
const TIMES = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'this week', 'late last week', 'over the weekend', 'earlier this month', 'at the end of the quarter'];
const CONNECTORS = ['Meanwhile,', 'By contrast,', 'Separately,', 'In addition,', 'Still,', 'At the same time,', 'Even so,', 'For now,', 'In practice,', 'So far,'];
const UNITS = ['billion yuan', 'million tonnes', 'percent', 'thousand jobs', 'million users', 'billion dollars', 'projects', 'companies', 'licences', 'hectares'];

/**
 * Reports a story sentence by sentence: each sentence is drawn from a large set of shapes with
 * many slots, so unrelated stories share few word runs (as real ones do) while a story's own
 * facts recur. `style` picks which facts lead, so two outlets word one event differently.
 */
function reportSentences(s: Story, r: Rng, style: number): string[] {
  const num = () => `${r.int(2, 980)}${r.chance(0.3) ? `.${r.int(1, 9)}` : ''} ${r.pick(UNITS)}`;
  const who = () => `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const shapes: (() => string)[] = [
    () => `${s.actor} ${s.verb} ${s.measure} for ${s.sector} ${r.pick(TIMES)}, ${r.pick(SOURCES)}.`,
    () => `The measures cover ${s.place} and ${r.pick(PLACES)}, where ${num()} are at stake.`,
    () => `${r.pick(SUBJECTS)} ${r.pick(REACTIONS)} ${r.pick(ASPECTS)}, ${r.pick(['noting', 'arguing', 'saying', 'pointing out'])} that ${num()} had ${r.pick(['already', 'not yet', 'only partly'])} been ${r.pick(['allocated', 'disbursed', 'approved', 'reviewed', 'reported'])}.`,
    () => `${who()}, who ${r.pick(['advises', 'represents', 'studies', 'lends to', 'audits'])} ${r.pick(SUBJECTS).toLowerCase()} in ${r.pick(PLACES)}, said ${r.pick(ASPECTS)} ${r.pick(['mattered more than the headline figure', 'was the real test', 'remained unclear', 'would decide who benefits'])}.`,
    () => `${r.pick(CONNECTORS)} ${r.pick(SUBJECTS).toLowerCase()} in ${r.pick(PLACES)} reported ${num()} in ${r.pick(MONTHS)}, ${r.pick(['up', 'down', 'little changed'])} from a year earlier.`,
    () => `A ${r.pick(['survey', 'study', 'review', 'filing', 'notice'])} by ${r.pick(['a business association', 'a state think tank', 'an industry body', 'a provincial bureau', 'a foreign bank'])} put the figure at ${num()}.`,
    () => `The change could ${s.effect}, ${r.pick(['according to', 'in the view of', 'said'])} ${s.person}.`,
    () => `${r.pick(['Earlier', 'Similar', 'Comparable', 'Smaller'])} ${r.pick(['steps', 'pilots', 'measures', 'programmes'])} in ${r.pick(PLACES)} in ${r.int(2012, 2025)} ${r.pick(['drew', 'attracted', 'involved', 'cost'])} ${num()}.`,
    () => `${r.pick(['Officials', 'Regulators', 'Ministers', 'Planners'])} ${r.pick(['expect', 'aim for', 'plan', 'hope for'])} ${s.share} percent ${r.pick(['take-up', 'coverage', 'compliance', 'participation'])} by ${r.pick(MONTHS)} ${r.int(2026, 2030)}.`,
    () => `${r.pick(['Shares of', 'Bonds issued by', 'Prices for', 'Orders at'])} ${r.pick(SUBJECTS).toLowerCase()} ${r.pick(['rose', 'fell', 'held steady', 'swung'])} ${r.int(1, 15)} percent ${r.pick(TIMES)}.`,
  ];
  const order = [0, 1, 6, ...Array.from({ length: 4 }, () => r.int(2, shapes.length - 1))];
  if (style % 2 === 1) order.reverse();
  return order.map((i) => shapes[i]());
}


function paragraphs(sentences: string[], r: Rng): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < sentences.length) {
    const take = r.int(2, 3);
    out.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  return out;
}

function headline(s: Story): string {
  return `${s.actor.replace(/^The /, '')} ${s.verb} ${s.measure} for ${s.sector}`.replace(/^./, (c) => c.toUpperCase());
}

function closing(s: Story, r: Rng): string {
  return `The move ${r.pick(ANALYSIS)} ${r.pick(CONCLUSIONS)}, and it is likely to ${s.effect} in ${s.place}.`;
}

function isoDate(day: number): { iso: string; long: string; us: string } {
  const date = new Date(Date.UTC(2021, 0, 4) + day * 86_400_000);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return { iso: `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`, long: `${d} ${MONTHS[m]} ${y}`, us: `${MONTHS[m]} ${d}, ${y}` };
}

interface Series {
  name: string;
  title: string;
  publisher: string;
  place: string;
  blurb: string;
  footer: string;
}

function makeSeries(r: Rng, index: number): Series {
  const publisher = `${r.pick(['Harbour', 'Meridian', 'Lotus', 'Summit', 'Northgate', 'Jade', 'Beacon', 'Pearl River'])} ${r.pick(['Advisory', 'Partners', 'Strategies', 'Consulting'])} ${index + 1}`;
  const name = `${r.pick(['China', 'Greater China', 'Asia', 'Beijing', 'Yangtze'])} ${r.pick(['Policy', 'Business', 'Market', 'Regulatory'])} ${r.pick(['Weekly', 'Insights', 'Monitor', 'Digest'])} ${index + 1}`;
  return {
    name,
    title: r.chance(0.5) ? name : `Weekly ${r.pick(['China', 'Policy', 'Market'])} Insight`,
    publisher,
    place: r.pick(['Beijing', 'Shanghai', 'Hong Kong', 'Shenzhen']),
    blurb: `Founded in ${r.pick(['Stockholm', 'London', 'Hong Kong', 'Singapore'])} in ${r.int(1970, 2015)}, ${publisher} is a ${r.pick(['global', 'regional', 'independent'])} ${r.pick(['strategic communications', 'public affairs', 'policy research'])} consultancy serving clients in ${r.int(10, 40)} markets. Its ${r.pick(['Beijing', 'Shanghai'])} team helps companies follow regulation, trade and economic policy across the region. Contact the team at briefing${index}@example.org or follow ${publisher.split(' ')[0]} on LinkedIn.`,
    footer: `You are receiving ${name} because you subscribed at an event or on our website. Unsubscribe or manage your preferences at any time.`,
  };
}

interface Base {
  id: string;
  text: string;
  kind: 'newsletter' | 'news' | 'longread';
  series: Series | null;
  title: string;
  day: number;
}

function newsletterIssue(r: Rng, series: Series, issueNo: number, repeated: string | null): { text: string; sections: string[] } {
  const day = issueNo * 7 + 4;
  const date = isoDate(day);
  const monday = isoDate(day - 4);
  const sections: string[] = [];
  for (let i = 0; i < r.int(4, 5); i++) {
    const story = newStory(r);
    const style = r.int(0, 1);
    const sentences = [...reportSentences(story, r, style), ...reportSentences(story, r, style + 1).slice(2, 5)];
    sections.push([headline(story), ...paragraphs(sentences, r), closing(story, r)].join('\n'));
  }
  if (repeated) sections[1] = repeated;
  const text = [series.blurb, `${series.name} for the week of ${monday.us.replace(/, \d{4}$/, '')} - ${date.us}`, series.title, `${series.place}, ${date.long}`, ...sections, series.footer].join('\n');
  return { text, sections };
}

const SITES = [
  { header: (t: string, d: ReturnType<typeof isoDate>) => ['Skip to main content', 'Home | China | Economy', t, `By ${'Staff Reporter'}`, `Published: ${d.long}`], footer: ['Share', 'Facebook', 'Twitter', 'Recommended Articles'] },
  { header: (t: string, d: ReturnType<typeof isoDate>) => ['Menu', 'Search', t, `${d.iso} 09:${String(d.long.length).padStart(2, '0')}`], footer: ['Share', 'Related Stories'] },
  { header: (t: string, d: ReturnType<typeof isoDate>) => ['Accept all', 'News | Asia | Markets', t, `${d.us} | 18:40 GMT+8`], footer: ['LinkedIn', 'Email', 'More from Asia'] },
];

function newsPage(r: Rng, story: Story, day: number, site: number, style: number): { text: string; title: string } {
  const title = style % 2 === 0 ? headline(story) : `${story.sector.replace(/^./, (c) => c.toUpperCase())} face ${story.measure} in ${story.place}`;
  const date = isoDate(day);
  const chrome = SITES[site % SITES.length];
  const body = paragraphs([...reportSentences(story, r, style), ...reportSentences(newStory(r), r, style + 1).slice(1), ...reportSentences(newStory(r), r, style).slice(1)], r);
  const tail = chrome.footer.includes('Recommended Articles') || chrome.footer.includes('Related Stories') ? [`${headline(newStory(r))}`, `${headline(newStory(r))}`] : [];
  return { text: [...chrome.header(title, date), ...body, ...chrome.footer, ...tail].join('\n\n'), title };
}

function longRead(r: Rng): { text: string; title: string } {
  const title = `What ${r.pick(PLACES)}'s ${r.pick(['Work Report', 'Budget', 'Five-Year Plan', 'Industrial Policy'])} Says About ${r.pick(SECTORS).replace(/\b\w/g, (c) => c.toUpperCase())}`;
  const lines: string[] = [];
  if (r.chance(0.6)) lines.push(title);
  for (let s = 0; s < r.int(5, 7); s++) {
    const story = newStory(r);
    lines.push(`${r.pick(['Why', 'How', 'Where'])} ${story.sector.replace(/\b\w/g, (c) => c.toUpperCase())} ${r.pick(['Matters', 'Is Changing', 'Comes Next'])} ${s + 1}`);
    lines.push(...paragraphs([...reportSentences(story, r, s), ...reportSentences(story, r, s + 1).slice(3)], r));
    if (r.chance(0.5)) lines.push(`Provinces ranked by ${story.sector} investment in ${r.int(2019, 2025)}`, `Source: ${r.pick(['TBI', 'Institute', 'Bureau'])} analysis`);
  }
  return { text: lines.join('\n'), title };
}

function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + word.length + 1 > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n\n');
}

/** Makes a copy of a base briefing of the given kind. */
function copyOf(base: Base, kind: CopyKind, r: Rng): string {
  const lines = base.text.split('\n');
  switch (kind) {
    case 'quote-style':
      return base.text.includes("'") ? base.text.replace(/'/g, '’') : base.text.replace(/’/g, "'");
    case 'reflow':
      return wrap(base.text, 72);
    case 'paragraph-split': {
      const i = lines.findIndex((line) => line.length > 200 && line.includes('. '));
      if (i === -1) return lines.join('\n\n');
      const cut = lines[i].indexOf('. ') + 1;
      return [...lines.slice(0, i), lines[i].slice(0, cut), lines[i].slice(cut + 1), ...lines.slice(i + 1)].join('\n');
    }
    case 'blurb-on-top':
      return base.series
        ? base.text.replace(`${base.series.blurb}\n`, '') === base.text
          ? `${base.series.blurb}\n${base.text}`
          : base.text.replace(`${base.series.blurb}\n`, '')
        : `Founded in Hong Kong in 2009, Example Wire is an independent news agency covering business across Asia. Contact the desk at desk@example.net or visit www.example.net.\n\n${base.text}`;
    case 'email-forward':
      return `---------- Forwarded message ---------\nFrom: Desk <desk@example.com>\nDate: ${isoDate(base.day).long}\nSubject: Fwd: ${base.title}\nTo: team@example.com\n\n${base.text}\n\nYou received this email because you are subscribed.\nUnsubscribe | Manage preferences\n`;
    case 'truncated': {
      const cut = Math.floor(base.text.length * (0.6 + r.next() * 0.3));
      return base.text.slice(0, base.text.lastIndexOf(' ', cut));
    }
    case 'missing-title':
      return lines.filter((line) => line !== base.title).join('\n');
    case 'repost': {
      const body = lines.filter((line) => line.length > 150 || line === '');
      return ['We use cookies to personalise content. By continuing to browse you agree to our cookie policy.', 'Home | World | Asia', base.title, '', ...body, '', 'Share', 'Twitter', '© 2026 Example Syndication'].join('\n');
    }
  }
}

/**
 * Generates `n` files (bases plus injected copies) from `seed`. About `copyRate` of the bases
 * get one copy each, of a kind drawn in turn from COPY_KINDS.
 */
export function generateCorpus(n: number, seed = 42, copyRate = 0.15): SyntheticDoc[] {
  const r = prng(seed);
  const seriesList = Array.from({ length: 8 }, (_, i) => makeSeries(r, i));
  const issueNo = new Map<Series, number>();
  const lastSection = new Map<Series, string>();
  const bases: Base[] = [];
  const baseCount = Math.round(n / (1 + copyRate));
  while (bases.length < baseCount) {
    const roll = r.next();
    const id = `b${bases.length}`;
    if (roll < 0.5) {
      const series = r.pick(seriesList);
      const no = (issueNo.get(series) ?? 0) + 1;
      issueNo.set(series, no);
      // One issue in ten repeats a story from the week before: a look-alike, not a copy.
      const repeat = r.chance(0.1) ? lastSection.get(series) ?? null : null;
      const issue = newsletterIssue(r, series, no, repeat);
      lastSection.set(series, issue.sections[0]);
      bases.push({ id, text: issue.text, kind: 'newsletter', series, title: series.title, day: no * 7 + 4 });
    } else if (roll < 0.85) {
      const story = newStory(r);
      const day = r.int(0, 1800);
      const page = newsPage(r, story, day, r.int(0, 2), 0);
      bases.push({ id, text: page.text, kind: 'news', series: null, title: page.title, day });
      // One event in ten is also covered by another outlet, in its own words.
      if (r.chance(0.1) && bases.length < baseCount) {
        const other = newsPage(r, story, day + r.int(0, 1), r.int(0, 2), 1);
        bases.push({ id: `b${bases.length}`, text: other.text, kind: 'news', series: null, title: other.title, day });
      }
    } else {
      const read = longRead(r);
      bases.push({ id, text: read.text, kind: 'longread', series: null, title: read.title, day: r.int(0, 1800) });
    }
  }
  const docs: SyntheticDoc[] = bases.map((base) => ({ file: '', text: base.text, group: base.id, series: base.series?.name ?? null, copyKind: null }));
  let kind = 0;
  for (const base of bases) {
    if (docs.length >= n) break;
    if (!r.chance(copyRate)) continue;
    const copyKind = COPY_KINDS[kind++ % COPY_KINDS.length];
    docs.push({ file: '', text: copyOf(base, copyKind, r), group: base.id, series: base.series?.name ?? null, copyKind });
  }
  // Names carry no hint of grouping: a shuffled index and a hash-like suffix.
  const order = docs.map((_, i) => ({ i, key: r.next() })).sort((a, b) => a.key - b.key);
  return order.map(({ i }, position) => ({ ...docs[i], file: `${String(position).padStart(6, '0')}_${(Math.imul(i + 1, 2654435761) >>> 0).toString(16).padStart(8, '0')}.txt` }));
}
