import { parseEntityStrip, parseGluedTypeSentiment } from '../text/entities';
import type { Entity } from '../../schema';
import { endsSentence, isHeadingLike, isProse, parseListMarker, wordCount } from '../text/line-shape';
import { unitKey, type Unit } from './04-units';
import { isParticipantsLabel } from '../evidence/credits';
import { uses } from '../evidence';
import { capsColonHeadings, feedStamps, isSummaryBox, isTurnOf, leadInValues, outlineHeadings, notHeading, numberedHeadlines, opensBody, recurringSpeakers, speakerLabels } from '../evidence/heading-evidence';

/** A body unit (or a pair of them) with the role it plays. */
export type Token =
  | { type: 'heading'; text: string; units: Unit[]; group?: boolean }
  | { type: 'furniture'; rule: string; units: Unit[] }
  | { type: 'cue'; text: string; inline: string | null; units: Unit[] }
  | { type: 'paragraph'; text: string; units: Unit[] }
  | { type: 'item'; ordered: boolean; number: number | null; text: string; units: Unit[] }
  | { type: 'quote'; text: string; units: Unit[] }
  | { type: 'figure'; title: string; caption: string; units: Unit[] }
  | { type: 'entities'; items: Entity[]; units: Unit[] };

/** What classify may weigh besides the units. */
export interface ClassifyOptions {
  /** Kinds of evidence left out (src/pipeline/evidence.ts). */
  ablate?: readonly string[];
  /** Folded texts of the site's or series' name (from strip-boilerplate): furniture in the body. */
  siteNames?: ReadonlySet<string>;
}

/** An all-capitals label ("POLICY HIGHLIGHTS", "TECH & TRADE"): no lower-case letter, two letters at least. */
const ALL_CAPS = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u;

const SOURCE_CAPTION = /^sources?\s*[:：]\s*\S/iu;
/** "Chart 1: Export growth by destination", "Figure 3.", "Exhibit 2 –", "图2：": a chart's or table's title. */
const CHART_TITLE = /^(?:(?:chart|figure|fig\.|exhibit|graph|table)\s*\d{1,2}[a-z]?\s*[:.：–-]|图\s*\d{1,2}\s*[:：])/iu;
/** The text a pasted chart leaves between its title and its source line: this many lines at most, this short. */
const MAX_CHART_TEXT_UNITS = 3;
const MAX_CHART_TEXT_WORDS = 8;

/** The index of the source line under the chart title at `i`, with only short label lines between; -1 if none. */
function chartSource(units: Unit[], i: number): number {
  for (let k = i + 1; k < units.length && k <= i + MAX_CHART_TEXT_UNITS + 1; k++) {
    if (SOURCE_CAPTION.test(units[k].text)) return k;
    if (units[k].words > MAX_CHART_TEXT_WORDS || isProse(units[k].text)) return -1;
  }
  return -1;
}
/** "1The 2026 policy…": a list number glued to the item's first word. */
const GLUED_NUMBER = /^(\d{1,2})(?=\p{Lu}\p{Ll})/u;
/** Words that, as the first word of consecutive lines after a colon, make them a list. */
const PARALLEL_LEAD = /^\p{Lu}\p{Ll}+(ing|ed|ise|ize)$/u;

/**
 * Classifies body units. `cue` tells whether a text is a takeaway label ("Key Takeaways") and
 * returns the inline takeaway after it ("Bottom line: …"), if any. A short line is a heading
 * only on the evidence of evidence/heading-evidence.ts: it opens body text and is not a speaker
 * turn, a date or two sentences; numbered headlines followed by prose head sections too.
 */
export function classify(units: Unit[], cue: (text: string) => { inline: string | null } | null, options: ClassifyOptions = {}): Token[] {
  const { ablate, siteNames } = options;
  const tokens: Token[] = [];
  const headingEvidence = uses(ablate, 'heading-evidence');
  const notHeadingEvidence = uses(ablate, 'not-heading');
  const isCue = (text: string) => cue(text) !== null;
  const numbered = headingEvidence ? numberedHeadlines(units) : new Set<number>();
  const stamps = headingEvidence ? feedStamps(units) : new Set<number>();
  const outline = headingEvidence ? outlineHeadings(units) : new Set<number>();
  const capsLabels = headingEvidence ? capsColonHeadings(units) : new Set<number>();
  const values = headingEvidence ? leadInValues(units) : new Set<number>();
  // Speakers' labels on lines of their own ("ELENA BRANDT", "HOST:"), and the turns right under
  // them, head nothing; nor is a label set in capitals a group heading.
  const labels = notHeadingEvidence ? speakerLabels(units) : new Set<string>();
  const groups = headingEvidence ? groupLabels(units) : new Set<number>();
  for (const i of groups) if (labels.has(units[i].text)) groups.delete(i);
  // Speakers named in sentence case, whose every turn is body text, never a heading.
  const speakers = notHeadingEvidence ? recurringSpeakers(units) : new Set<string>();
  const isLabelOrTurn = (i: number) => labels.size > 0 && (labels.has(units[i].text) || (i > 0 && labels.has(units[i - 1].text)));
  const isHeading = (text: string, next: Unit | undefined, i: number) => next !== undefined && isHeadingLike(text) && !(notHeadingEvidence && (notHeading(text) || isTurnOf(text, speakers) || isLabelOrTurn(i)));
  // Headings whose role depends on what follows them, once that is classified.
  const tentative = new Set<Token>();
  // Under a participants' label ("Speakers"), their "Name, Role" lines are a list.
  let participants = false;
  // A chart title's source line, when it has one (see chartSource).
  let source = -1;
  // Under a takeaway label, its points set line under line without markers ("Summary" / "Ban
  // on approving shipments paused" / …): items of its list, however short.
  let pointsUnderCue = false;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const next = units[i + 1];
    const text = unit.text;
    participants &&= text.includes(',') && !isProse(text) && !parseListMarker(text);
    pointsUnderCue &&= unit.lines[0] === units[i - 1].lines.at(-1)! + 1 && unit.words <= MAX_POINT_WORDS && !parseListMarker(text) && !isCue(text);
    if (participants || values.has(i) || pointsUnderCue) {
      tokens.push({ type: 'item', ordered: false, number: null, text, units: [unit] });
      continue;
    }
    if (headingEvidence && isSummaryBox(units, i)) {
      tokens.push({ type: 'cue', text, inline: null, units: [unit] });
      pointsUnderCue = true;
      continue;
    }
    if (headingEvidence && isParticipantsLabel(text) && next && next.text.includes(',')) {
      tokens.push({ type: 'heading', text, units: [unit] });
      participants = true;
      continue;
    }
    const cueMatch = cue(text);
    const marker = parseListMarker(text);
    const strip = parseEntityStrip(text);
    // (Most files have no site name: their units are not looked up at all.)
    if (siteNames && siteNames.size > 0 && !unit.heading && siteNames.has(unitKey(unit))) tokens.push({ type: 'furniture', rule: 'furniture:site-name', units: [unit] });
    else if (cueMatch) {
      tokens.push({ type: 'cue', text, inline: cueMatch.inline, units: [unit] });
      pointsUnderCue = cueMatch.inline === null && next !== undefined && !parseListMarker(next.text) && isHeadingLike(next.text);
    }
    else if (stamps.has(i) || capsLabels.has(i)) tokens.push({ type: 'heading', text, units: [unit] });
    // (A level of the outline heads its sub-sections: kept with only headings under it.)
    else if (outline.has(i)) tokens.push({ type: 'heading', text, units: [unit], group: true });
    else if (groups.has(i)) tokens.push({ type: 'heading', text, units: [unit], group: true });
    else if (marker && numbered.has(i)) tokens.push({ type: 'heading', text: marker.text, units: [unit] });
    else if (marker) tokens.push({ type: 'item', ordered: marker.ordered, number: marker.number, text: marker.text, units: [unit] });
    else if (text.startsWith('>')) tokens.push({ type: 'quote', text: text.replace(/^>\s?/, ''), units: [unit] });
    else if (next && SOURCE_CAPTION.test(next.text) && !isProse(text)) {
      tokens.push({ type: 'figure', title: text, caption: next.text, units: [unit, next] });
      i++;
    } else if (CHART_TITLE.test(text) && (source = chartSource(units, i)) !== -1) {
      // A chart pasted as text: its title, the legend and labels left of it, its source line.
      tokens.push({ type: 'figure', title: text, caption: units[source].text, units: [unit, units[source]] });
      for (let k = i + 1; k < source; k++) tokens.push({ type: 'furniture', rule: 'furniture:chart-text', units: [units[k]] });
      i = source;
    } else if (next && isHeadingLike(text) && parseGluedTypeSentiment(next.text)) {
      const glued = parseGluedTypeSentiment(next.text)!;
      tokens.push({ type: 'entities', items: [{ name: text, ...glued }], units: [unit, next] });
      i++;
    } else if (strip) tokens.push({ type: 'entities', items: strip, units: [unit] });
    else if (unit.tableRow) tokens.push({ type: 'paragraph', text, units: [unit] });
    else if (unit.heading) tokens.push({ type: 'heading', text, units: [unit] });
    else if (!unit.standfirst && isHeading(text, next, i)) {
      tokens.push({ type: 'heading', text, units: [unit] });
      tentative.add(tokens[tokens.length - 1]);
    }
    else tokens.push({ type: 'paragraph', text, units: [unit] });
  }
  if (headingEvidence) confirmHeadings(tokens, tentative, (text) => isCue(text) || isTurnOf(text, speakers));
  if (notHeadingEvidence) relatedHeadlines(tokens, tentative);
  return mergeEntities(listAfterLeadIn(gluedNumberLists(tokens)));
}

/** A point under a takeaway label is this long at most, in words. */
const MAX_POINT_WORDS = 25;

/**
 * A short line is a heading only if what follows it is body text (evidence/heading-evidence.ts)
 * or another heading (then it is a group label, which segment drops); otherwise it is a
 * paragraph. Resolved from the end, so each line sees the final role of the next.
 */
function confirmHeadings(tokens: Token[], tentative: Set<Token>, isCue: (text: string) => boolean): void {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (!tentative.has(token) || token.type !== 'heading') continue;
    const next = tokens[i + 1];
    const body = next !== undefined && (next.type === 'heading' || (next.type === 'paragraph' ? opensBody(next.units[0], isCue) : next.type !== 'furniture'));
    if (!body) tokens[i] = { type: 'paragraph', text: token.text, units: token.units };
  }
}

/** A link to another article, set as its headline, runs this long at least, in words. */
const MIN_RELATED_HEADLINE_WORDS = 10;
/** A section heading as long as this, elsewhere in the text, makes long headlines its shape. */
const LONG_HEADING_WORDS = 8;
/** Prose paragraphs above it in its section: a related link stands inside a story, not at its head. */
const MIN_PROSE_ABOVE = 2;

/**
 * A news page's link to another article set between two paragraphs of a section, as its
 * headline ("China's property slump leaves cities scrambling to sell land at a discount"): a
 * long headline with prose above and below it, deep inside a section, in a text whose headings
 * (if any) are short. Why: no word says it links elsewhere, but its shape has no sibling, and a
 * section does not open in the middle of a story's run of paragraphs. A newsletter's item
 * headlines are long too, but each has siblings of its length. Removed as furniture.
 */
function relatedHeadlines(tokens: Token[], tentative: Set<Token>): void {
  const long = tokens.filter((token): token is Extract<Token, { type: 'heading' }> => token.type === 'heading' && wordCount(token.text) >= LONG_HEADING_WORDS);
  if (long.length !== 1 || !tentative.has(long[0])) return;
  const i = tokens.indexOf(long[0]);
  const prose = (token: Token | undefined) => token?.type === 'paragraph' && isProse(token.text);
  // (The paragraph under it opens a sentence: a line broken from its paragraph, "… where 808.7
  // billion yuan are" over "at stake.", is text, never furniture.)
  const next = tokens[i + 1];
  if (wordCount(long[0].text) < MIN_RELATED_HEADLINE_WORDS || !prose(next) || !/^[\p{Lu}\p{N}"“‘']/u.test((next as { text: string }).text)) return;
  let above = 0;
  for (let j = i - 1; j >= 0 && tokens[j].type !== 'heading'; j--) if (prose(tokens[j])) above++;
  if (above >= MIN_PROSE_ABOVE && prose(tokens[i - 1])) tokens[i] = { type: 'furniture', rule: 'furniture:related-headline', units: long[0].units };
}

/**
 * All-capitals labels inside the body (after its first prose) that have an all-capitals
 * sibling: a newsletter's group headings ("POLICY HIGHLIGHTS" … "MEMBER NEWS"), kept as
 * headings even with nothing but other headings under them. Mastheads stand above the prose.
 */
function groupLabels(units: Unit[]): Set<number> {
  const firstProse = units.findIndex((unit) => isProse(unit.text));
  if (firstProse === -1) return new Set();
  const labels: number[] = [];
  for (let i = firstProse + 1; i < units.length - 1; i++) {
    const text = units[i].text;
    if (text.length <= 60 && ALL_CAPS.test(text) && isHeadingLike(text) && !notHeading(text)) labels.push(i);
  }
  return new Set(labels.length >= 2 ? labels : []);
}

/** Consecutive paragraphs "1The …", "2China …" numbered from 1 are an ordered list. */
function gluedNumberLists(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    if (token.type !== 'paragraph') return token;
    const number = Number(GLUED_NUMBER.exec(token.text)?.[1] ?? NaN);
    if (Number.isNaN(number)) return token;
    let start = i;
    while (start > 0 && tokens[start - 1].type === 'paragraph' && GLUED_NUMBER.test((tokens[start - 1] as { text: string }).text)) start--;
    const run = [];
    for (let j = start; j < tokens.length && tokens[j].type === 'paragraph'; j++) {
      const n = Number(GLUED_NUMBER.exec((tokens[j] as { text: string }).text)?.[1] ?? NaN);
      if (n !== run.length + 1) break;
      run.push(j);
    }
    if (run.length < 2 || !run.includes(i)) return token;
    return { type: 'item', ordered: true, number, text: token.text, units: token.units };
  });
}

/**
 * "…including by:" followed by lines that open alike ("Building…", "Improving…", "Adopting…")
 * is a list, even without markers.
 */
function listAfterLeadIn(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 0; i < out.length - 2; i++) {
    const leadIn = out[i];
    if (leadIn.type !== 'paragraph' || !/[:：]$/u.test(leadIn.text)) continue;
    const shape = leadShape(out[i + 1]);
    if (!shape) continue;
    let j = i + 1;
    while (j < out.length && leadShape(out[j]) === shape) j++;
    if (j - (i + 1) < 2) continue;
    for (let k = i + 1; k < j; k++) {
      const token = out[k] as { text: string; units: Unit[] };
      out[k] = { type: 'item', ordered: false, number: null, text: token.text, units: token.units };
    }
  }
  return out;
}

function leadShape(token: Token): string | null {
  if (token.type !== 'paragraph') return null;
  const first = token.text.split(' ')[0];
  return PARALLEL_LEAD.exec(first)?.[1] ?? null;
}

/** Adjacent entity tokens ("Global Manufacturers / companyPositive", …) form one strip. */
function mergeEntities(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (token.type === 'entities' && last?.type === 'entities') {
      out[out.length - 1] = { type: 'entities', items: [...last.items, ...token.items], units: [...last.units, ...token.units] };
    } else out.push(token);
  }
  return out;
}
