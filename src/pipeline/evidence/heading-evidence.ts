/**
 * Heading evidence, for and against. A short line is a section heading when what follows it is
 * body text (prose, a list, a speaker's turn, a takeaway label), not another short line; a
 * numbered item whose text is headline-shaped and which is followed by prose, with a sibling
 * numbered the same way, heads a section ("1. Beijing tightens …" + its story). Against: a
 * speaker turn ("JORDAN PEREZ: And the budget?", "Q: …"), a line that only states a date, a
 * line holding two sentences ("… than in October. (NBS)"), an edition label ("Issue 47"). A
 * live page's entries are headed by their time stamps ("08:05 GMT" over the entry's prose),
 * three at least: there the clock time is the heading, and the only one the entry has.
 *
 * Why: headings are defined by their function (they open a run of body text about them), not by
 * their words; and the lines that look short and capitalised but are not headings have shapes
 * of their own in every language.
 *
 * Weight: each test is decisive in classify (stages/09-classify.ts); the "for" tests are
 * `heading-evidence`, the "against" tests `not-heading`.
 */
import type { Unit } from '../stages/04-units';
import { endsSentence, isHeadingLike, isProse, parseListMarker, wordCount } from '../text/line-shape';
import { caseless } from '../text/caseless';
import { isDateAlone } from './date-lines';

/** "JORDAN PEREZ: …", "Q: …", "A: …", "Q. …", "问：…", "记者问：…", "新华社记者：…", "主持人：…" */
const SPEAKER_TURN = /^(?:(?:\p{Lu}[\p{Lu}.'’ -]{1,40}|Q|A|问|答|[\u3400-\u9fff]{0,10}(?:记者|主持人|发言人)(?:问|提问)?)\s*[:：]|[QA]\.)\s*\S/u;
/** A sentence end inside the line followed by another sentence or a source in brackets. */
const TWO_SENTENCES = /\p{Ll}{2,}[.!?]["”’]?\s+[\p{Lu}(“"]/u;

/** A speaker's turn in a transcript or interview. */
export function isSpeakerTurn(text: string): boolean {
  return text.length < 2000 && (SPEAKER_TURN.test(text) || ROLE_TURN.test(text)) && !isCapsHeadline(text);
}
/** A turn under a role rather than a name: "Audience member: …", "Moderator: …", "Participant 2: …". */
const ROLE_TURN = /^(?:audience member|audience|questioner|participant|moderator|interviewer|panell?ist|host|guest)(?: \d{1,2})?\s*:\s*\S/iu;

/**
 * "POLITICS: FROM TIANANMEN TO THE FOURTH PLENUM": a topic and a headline, every letter in
 * capitals, as plain-text letters set their sections. A speaker's words go on in sentence case
 * and a transcript set in capitals ends its sentences on a full stop; a headline does neither.
 */
function isCapsHeadline(text: string): boolean {
  // (Chinese has no capitals: "记者问：…" is a turn, not a headline in capitals.)
  if (text.length > MAX_CAPS_HEADLINE_CHARS || /\p{Ll}|[.]$/u.test(text) || !/\p{Lu}/u.test(text)) return false;
  const colon = text.search(/[:：]/u);
  return colon > 1 && wordCount(text.slice(colon + 1)) >= 2 && !/^(?:Q|A|问|答)$/u.test(text.slice(0, colon).trim());
}
const MAX_CAPS_HEADLINE_CHARS = 80;

/** "Lina Park: …": a name in sentence case (one to four capitalised words) before a colon. */
const NAMED_TURN = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\s*:\s+\S/u;
/** A name must open this many lines to be a speaker's. */
const MIN_TURNS = 3;

/**
 * Names that open three lines or more with a colon ("Lina Park: Right.", "Daniel Osei-Wu: …"):
 * the speakers of a transcript set in sentence case. A label opens a line once or twice
 * ("Source: …"); a speaker takes turn after turn. Every turn of theirs is a speaker turn.
 */
export function recurringSpeakers(units: readonly Unit[]): Set<string> {
  const counts = new Map<string, number>();
  // Names before a turn that says something: in a press conference each reporter's outlet asks
  // once ("Reuters: Is there any update…?"), but the page as a whole is turn after turn.
  const talking = new Set<string>();
  let turns = 0;
  for (const unit of units) {
    const colon = unit.text.indexOf(':');
    if (colon < 2 || colon > 40) continue;
    const name = NAMED_TURN.exec(unit.text)?.[1];
    if (!name) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (unit.text.slice(colon + 1).trim().split(' ').length >= MIN_TURN_WORDS) {
      talking.add(name);
      turns++;
    }
  }
  const speakers = new Set([...counts].filter(([, n]) => n >= MIN_TURNS).map(([name]) => name));
  if (turns >= MIN_TRANSCRIPT_TURNS && talking.size >= 2) for (const name of talking) speakers.add(name);
  return speakers;
}

/** A turn says this many words at least (a label's value is shorter: "Source: Xinhua"). */
const MIN_TURN_WORDS = 6;
/** A text with this many such turns is a transcript: every name before one is a speaker's. */
const MIN_TRANSCRIPT_TURNS = 5;

/** Longest speaker label: a name or two and a role. */
const MAX_LABEL_CHARS = 40;

/**
 * Lines that stand alone as speaker labels over the turns below them: "ELENA BRANDT", "HOST:",
 * "Kai Mercer 00:00:04". Why: transcripts set the speaker on a line of their own as often as
 * before a colon; such a line repeats turn after turn (three times at least, or it ends on a
 * colon or a time, or two voices alternate), and neither it nor the turn under it heads a section.
 */
export function speakerLabels(units: readonly Unit[]): Set<string> {
  const counts = new Map<string, number>();
  const labels = new Set<string>();
  for (const unit of units) {
    const text = unit.text;
    if (text.length > MAX_LABEL_CHARS + 10) continue;
    // (The last character tells the shapes apart cheaply: a colon, a time, or a name's letter.)
    const last = text.charCodeAt(text.length - 1);
    if (last === 58 || last === 0xff1a) {
      if (BARE_LABEL.test(text)) labels.add(text);
    } else if ((last >= 48 && last <= 57) || last === 41 || last === 93) {
      if (SPEAKER_STAMP.test(text)) labels.add(text);
    } else if (text.length <= MAX_LABEL_CHARS && NAME_LABEL.test(text) && (text.includes(' ') || ALL_CAPS_NAME.test(text))) {
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  // A dialogue: two voices at least, one taking three turns or more, the other two or more.
  // (One line recurring alone, "Background" over each item, is a standing heading, not a voice.)
  const repeated = [...counts].filter(([, n]) => n >= 2);
  if (repeated.length >= 2 && repeated.some(([, n]) => n >= MIN_TURNS)) for (const [text] of repeated) labels.add(text);
  return labels;
}
/** "HOST:", "Q:", "Lina Park:", "问：": a speaker's name or role and a colon, nothing after. */
const BARE_LABEL = /^(?:\p{Lu}[\p{L}.'’ -]{0,40}|问|答)\s*[:：]$/u;
/** A one-word label counts only in capitals ("KAISER"); a one-word line in sentence case is a heading's shape. */
const ALL_CAPS_NAME = /^[^\p{Ll}]+$/u;
/** A name set alone: capitalised words ("ELENA BRANDT", "Wu Chia-hao"). */
const NAME_LABEL = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Whether the line is a turn of one of `speakers` (from recurringSpeakers). */
export function isTurnOf(text: string, speakers: ReadonlySet<string>): boolean {
  if (speakers.size === 0) return false;
  const colon = text.indexOf(':');
  return colon > 0 && speakers.has(text.slice(0, colon).trim());
}

/** "China Policy Weekly | Issue 47", "Vol. 3 No. 12", "Edition 2024/44", "S4 E14 · Episode 214": an edition label, the series' not a section's. */
const EDITION = caseless(/(?:^|[|·•–—:-]\s*)(?:issue|vol\.?|volume|no\.|edition|episode|ep\.|第)\s*#?\d+(?:[/.-]\d+)?\s*[期号]?$/iu);

/**
 * "Kai Mercer 00:00:04", "Speaker 2 (01:12)": a speaker's name over their turn with the time it
 * starts, as transcription services set a transcript. Why: it opens body text like a heading,
 * but it labels one turn, not a section; the time after a name is the tell.
 */
const SPEAKER_STAMP = /^(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|[Ss]peaker \d{1,2})\s+[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?$/u;

/**
 * An event's practical field ("Format: Closed-door, Chatham House Rule", "Venue: BNBC office",
 * "Language: English", "发布人：商务部新闻发言人 何亚东"): a detail of the readout or invitation, set like a heading over its
 * first paragraph, never one.
 */
const EVENT_FIELD = /^(?:format|venue|location|time|times|language|languages|moderator|dress code|registration|fee|admission|organi[sz]er|organi[sz]ed by|hosted by|audience|时间|地点|发布人|主持人|主办单位|承办单位|嘉宾|附件|attachments?|annex(?:es)?|enclosures?)\s*[:：]\s*\S/iu;

/** Not a heading whatever its length: a speaker turn or label, a date, two sentences, an edition label, an event's field. */
export function notHeading(text: string): boolean {
  return isSpeakerTurn(text) || isDateAlone(text) || TWO_SENTENCES.test(text) || EDITION.test(text) || (text.length <= 60 && SPEAKER_STAMP.test(text)) || EVENT_FIELD.test(text);
}

/** Body text a heading can open: prose, a list's lead-in, a list item, a speaker turn, a takeaway label. */
export function opensBody(unit: Unit | undefined, isCue: (text: string) => boolean): boolean {
  if (!unit) return false;
  const text = unit.text;
  return unit.tableRow === true || isProse(text) || isLeadIn(text) || parseListMarker(text) !== null || isSpeakerTurn(text) || isCue(text) || text.startsWith('>');
}

/** A lead-in sentence has this many words at least ("The Chamber urges the authorities to:"). */
const MIN_LEAD_IN_WORDS = 5;

/**
 * A sentence that leads into a list ("Three problems emerged from the interviews:"): body text,
 * though it ends on a colon, not a full stop. A short label ("Contacts:") is none, nor is a
 * Chinese notice's line of addressees ("各市、县人民政府："), which no heading stands over.
 */
function isLeadIn(text: string): boolean {
  return (text.endsWith(':') || text.endsWith('：')) && /\p{Ll}/u.test(text) && !isHeadingLike(text) && wordCount(text) >= MIN_LEAD_IN_WORDS;
}

/**
 * Indexes of numbered items that head sections: headline-shaped item text, not after another
 * numbered item (a bullet list may end above it), followed by prose or by a numbered
 * sub-heading over prose ("2. Key issues" / "2.1 Market access"), and with a sibling
 * (number ± 1) of the same kind; and the item after such a run's last, over a bullet list or
 * a list of its own numbered from one.
 */
export function numberedHeadlines(units: Unit[]): Set<number> {
  const candidates = new Map<number, number>();
  units.forEach((unit, i) => {
    const marker = parseListMarker(unit.text);
    if (!marker?.ordered || marker.number === null || !isHeadingLike(marker.text)) return;
    if (parseListMarker(units[i - 1]?.text ?? '')?.ordered || !opensSection(units, i + 1)) return;
    candidates.set(i, marker.number);
  });
  const numbers = new Set(candidates.values());
  const headlines = new Set([...candidates].filter(([, n]) => numbers.has(n - 1) || numbers.has(n + 1)).map(([i]) => i));
  // The next item of such a run over a bullet list ("5. Quick hits" / "• …"): its section holds
  // the list, as the ones before hold prose.
  // (The numbered item above it, whatever stands between, must be the run's last headline.)
  let above: { at: number; number: number | null } | null = null;
  units.forEach((unit, i) => {
    const marker = parseListMarker(unit.text);
    if (!marker?.ordered) return;
    const previous = above;
    above = { at: i, number: marker.number };
    if (marker.number === null || headlines.has(i) || !previous || !headlines.has(previous.at) || previous.number !== marker.number - 1 || !isHeadingLike(marker.text)) return;
    const below = parseListMarker(units[i + 1]?.text ?? '');
    // (Or over a list of its own that starts again at one: "6. Recommendations" / "(a) …".)
    if (below && (!below.ordered || (below.number === 1 && marker.number > 1)) && previous.at !== i - 1) headlines.add(i);
  });
  return headlines;
}

/** "2.1 Market access": a sub-section's number and headline. */
export const SUB_NUMBERED = /^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/u;

/** Whether the unit at `i` is prose or a lead-in (not a list item), or a numbered sub-heading over one. */
function opensSection(units: Unit[], i: number): boolean {
  const unit = units[i];
  if (!unit) return false;
  if ((isProse(unit.text) || isLeadIn(unit.text)) && !parseListMarker(unit.text)) return true;
  return SUB_NUMBERED.test(unit.text) && isHeadingLike(unit.text) && units[i + 1] !== undefined && (isProse(units[i + 1].text) || isLeadIn(units[i + 1].text)) && !parseListMarker(units[i + 1].text);
}

/** A clock time alone, with its zone or half of the day: "08:05 GMT", "10.42am BST", "3:15 p.m. ET". */
const CLOCK = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/iu;
/** A live page has this many stamped entries at least. */
const MIN_FEED_ENTRIES = 3;

/**
 * Indexes of a live page's entry stamps: clock times alone on their line, each over prose (a
 * post's time under it, as channels set it, is not one), three or more in the text.
 */
export function feedStamps(units: Unit[]): Set<number> {
  const stamps: number[] = [];
  units.forEach((unit, i) => {
    if (unit.text.length <= 20 && CLOCK.test(unit.text) && opensSection(units, i + 1)) stamps.push(i);
  });
  return new Set(stamps.length >= MIN_FEED_ENTRIES ? stamps : []);
}

/** "Zhengzhou Yutong Bus Co., Ltd.: 21.4%": a label, a colon, its value, no sentence end. */
const LABEL_VALUE = /^[^:：]{2,80}[:：]\s+\S(?:.*[^.!?。！？])?$/u;
/** A value line is this short at most, in words. */
const MAX_VALUE_LINE_WORDS = 20;

/**
 * Indexes of the "Label: value" lines right under a lead-in ("The provisional duty rates are as
 * follows:"), two or more: a list of values without markers, never headings.
 */
export function leadInValues(units: Unit[]): Set<number> {
  const values = new Set<number>();
  for (let i = 1; i < units.length; i++) {
    if (!isLeadIn(units[i - 1].text)) continue;
    let j = i;
    while (j < units.length && units[j].words <= MAX_VALUE_LINE_WORDS && LABEL_VALUE.test(units[j].text) && !isSpeakerTurn(units[j].text)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) values.add(k);
  }
  return values;
}

/** A Chinese outline number opening a line: "二、", "（一）", "第三章". */
const ZH_OUTLINE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节部分])\s*\S/u;
/** An outline heading is this long at most, in characters; a run-in item ("（十三）加强组织领导。…") ends a sentence. */
const MAX_OUTLINE_CHARS = 40;

/**
 * Indexes of a document's outline headings: a Chinese document's, two or more in the text
 * ("二、推动重点领域开放迈出新步伐" over "（一）扩大电信和数字服务开放" over its paragraphs: an
 * outline number, a short line with no sentence end, over prose or over the next level's
 * heading), and any numbered section right over its first sub-section ("2. What Beijing
 * decided" over "2.1 Growth target"). Why:
 * government plans and reports number their sections so, and the number, not the words, says
 * which lines head them.
 */
export function outlineHeadings(units: Unit[]): Set<number> {
  const candidate = (i: number) => {
    const text = units[i]?.text;
    return text !== undefined && text.length <= MAX_OUTLINE_CHARS && ZH_OUTLINE.test(text) && !/[。！？；：:]$/u.test(text);
  };
  const found: number[] = [];
  // "2. What Beijing decided" right over "2.1 Growth target and fiscal stance": a section over
  // its first sub-section, which says so by its own number, once is enough.
  const sections: number[] = [];
  for (let i = 0; i < units.length; i++) {
    if (overFirstSubsection(units[i], units[i + 1])) {
      sections.push(i);
      continue;
    }
    if (!candidate(i)) continue;
    let j = i + 1;
    while (candidate(j)) j++;
    if (opensSection(units, j)) found.push(i);
  }
  return new Set([...(found.length >= 2 ? found : []), ...sections]);
}

/** "2. What Beijing decided": a section's number and a short title, no sentence end. */
const NUMBERED_SECTION = /^(\d{1,2})\.?\s+\p{L}[^.!?。]{0,70}$/u;

/** Whether `unit` numbers a section and `next` its first sub-section ("2. …" over "2.1 …"). */
function overFirstSubsection(unit: Unit, next: Unit | undefined): boolean {
  if (!next || unit.text.length > 80 || !/^\d/u.test(unit.text)) return false;
  const number = NUMBERED_SECTION.exec(unit.text)?.[1];
  return number !== undefined && next.text.startsWith(`${number}.1 `);
}

/** "PROTECTING AMERICAN INDUSTRY:": a label in capitals ending in a colon, on a line of its own. */
const CAPS_COLON = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}:]{3,60}:$/u;

/**
 * Indexes of section labels set in capitals with a colon, each over prose, two or more and
 * each used once ("PROTECTING AMERICAN INDUSTRY:" … "SECURING CRITICAL SUPPLY CHAINS:"), as
 * fact sheets and briefs head their sections. A speaker's label ("HOST:") recurs; these do not.
 */
export function capsColonHeadings(units: Unit[]): Set<number> {
  const found: number[] = [];
  const seen = new Map<string, number>();
  units.forEach((unit, i) => {
    // (The colon first: the pattern's look-ahead would read every paragraph to its end.)
    if (!unit.text.endsWith(':') || unit.text.length > 61 || !CAPS_COLON.test(unit.text)) return;
    seen.set(unit.text, (seen.get(unit.text) ?? 0) + 1);
    if (opensSection(units, i + 1)) found.push(i);
  });
  const once = found.filter((i) => seen.get(units[i].text) === 1);
  return new Set(once.length >= 2 ? once : []);
}

/** A point of a summary box is this long at most, in words. */
const MAX_SUMMARY_POINT_WORDS = 25;
/** A summary box's label: a takeaway label only over points set line under line. */
const SUMMARY_LABEL = /^(?:summary|highlights|the gist|in short)\s*:?$/iu;
/** Points a summary box holds at least. */
const MIN_SUMMARY_POINTS = 2;

/**
 * "Summary" over points set line under line, short and without full stops (a wire story's box
 * over its first paragraph): a box of takeaways. Over paragraphs ("Summary" / a report's
 * abstract) it is a section's heading, as before.
 */
export function isSummaryBox(units: Unit[], i: number): boolean {
  if (units[i].text.length > 16 || !SUMMARY_LABEL.test(units[i].text)) return false;
  let k = i + 1;
  while (k < units.length && k <= i + 8 && units[k].lines[0] === units[k - 1].lines.at(-1)! + 1 && units[k].words <= MAX_SUMMARY_POINT_WORDS && !endsSentence(units[k].text)) k++;
  return k - i - 1 >= MIN_SUMMARY_POINTS;
}
