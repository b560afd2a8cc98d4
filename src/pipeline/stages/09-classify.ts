import { parseEntityStrip, parseGluedTypeSentiment } from '../text/entities';
import type { Entity } from '../../schema';
import { isHeadingLike, isProse, parseListMarker } from '../text/line-shape';
import type { Unit } from './04-units';

/** A body unit (or a pair of them) with the role it plays. */
export type Token =
  | { type: 'heading'; text: string; units: Unit[] }
  | { type: 'cue'; text: string; inline: string | null; units: Unit[] }
  | { type: 'paragraph'; text: string; units: Unit[] }
  | { type: 'item'; ordered: boolean; number: number | null; text: string; units: Unit[] }
  | { type: 'quote'; text: string; units: Unit[] }
  | { type: 'figure'; title: string; caption: string; units: Unit[] }
  | { type: 'entities'; items: Entity[]; units: Unit[] };

const SOURCE_CAPTION = /^sources?\s*[:：]\s*\S/iu;
/** "1The 2026 policy…": a list number glued to the item's first word. */
const GLUED_NUMBER = /^(\d{1,2})(?=\p{Lu}\p{Ll})/u;
/** Words that, as the first word of consecutive lines after a colon, make them a list. */
const PARALLEL_LEAD = /^\p{Lu}\p{Ll}+(ing|ed|ise|ize)$/u;

/**
 * Classifies body units. `cue` tells whether a text is a takeaway label ("Key Takeaways") and
 * returns the inline takeaway after it ("Bottom line: …"), if any.
 */
export function classify(units: Unit[], cue: (text: string) => { inline: string | null } | null): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const next = units[i + 1];
    const text = unit.text;
    const cueMatch = cue(text);
    const marker = parseListMarker(text);
    const strip = parseEntityStrip(text);
    if (cueMatch) tokens.push({ type: 'cue', text, inline: cueMatch.inline, units: [unit] });
    else if (marker) tokens.push({ type: 'item', ordered: marker.ordered, number: marker.number, text: marker.text, units: [unit] });
    else if (text.startsWith('>')) tokens.push({ type: 'quote', text: text.replace(/^>\s?/, ''), units: [unit] });
    else if (next && SOURCE_CAPTION.test(next.text) && !isProse(text)) {
      tokens.push({ type: 'figure', title: text, caption: next.text, units: [unit, next] });
      i++;
    } else if (next && isHeadingLike(text) && parseGluedTypeSentiment(next.text)) {
      const glued = parseGluedTypeSentiment(next.text)!;
      tokens.push({ type: 'entities', items: [{ name: text, ...glued }], units: [unit, next] });
      i++;
    } else if (strip) tokens.push({ type: 'entities', items: strip, units: [unit] });
    else if (unit.heading || (isHeadingLike(text) && next !== undefined)) tokens.push({ type: 'heading', text, units: [unit] });
    else tokens.push({ type: 'paragraph', text, units: [unit] });
  }
  return mergeEntities(listAfterLeadIn(gluedNumberLists(tokens)));
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
