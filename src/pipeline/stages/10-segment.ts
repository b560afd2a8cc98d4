import type { Block, Takeaway } from '../../schema';
import type { Token } from './09-classify';
import type { Ledger } from '../text/ledger';
import { isViewHeading } from '../rules/takeaway-cues';
import { isHeadingLike, wordCount } from '../text/line-shape';

/** A section before ids are assigned. */
export interface DraftSection {
  heading: string | null;
  blocks: Block[];
  /** Explicit takeaways found in this section (issue-level ones live in the first, untitled one). */
  takeaways: Omit<Takeaway, 'sectionId'>[];
}

/**
 * Assembles classified tokens into sections: a heading opens a section (content before the
 * first heading is an untitled introduction); items join the list before them; a takeaway
 * label collects the items or paragraphs that follow it as explicit takeaways (over paragraphs,
 * a label shaped like a heading also heads their section). A heading with
 * nothing under it (directly followed by another heading) is a group label and is removed,
 * unless classify marked it a group heading (`group`); furniture tokens are removed.
 * Ordered lists whose numbers are glued to their items lose the numbers.
 */
export function segment(tokens: Token[], ledger: Ledger): DraftSection[] {
  const sections: DraftSection[] = [{ heading: null, blocks: [], takeaways: [] }];
  let collecting: 'item' | 'paragraph' | 'any' | null = null;
  // The takeaways collected under the current label, for where their run ends.
  let run: Token[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading' || token.type === 'cue') run = [];
    const section = sections[sections.length - 1];
    if (token.type === 'furniture') {
      token.units.forEach((unit) => ledger.remove(unit, token.rule));
      return;
    }
    if (token.type === 'heading') {
      const next = tokens[i + 1];
      if (next?.type === 'heading' && !token.group) {
        token.units.forEach((unit) => ledger.remove(unit, 'empty-heading'));
        return;
      }
      sections.push({ heading: token.text, blocks: [], takeaways: [] });
      collecting = isViewHeading(token.text) ? 'paragraph' : null;
    } else if (token.type === 'cue') {
      if (token.inline) section.takeaways.push({ text: token.inline, kind: 'explicit' });
      else {
        // "Our view" / "What it means" over paragraphs (or over "Key judgement: …") heads a
        // section of the writer's view, whose paragraphs are the takeaways; over a list ("Key
        // takeaways", then items), or ending on a colon, it only labels what follows.
        const next = nextContent(tokens, i);
        if (opensSection(next) && isHeadingLike(token.text)) {
          sections.push({ heading: token.text, blocks: [], takeaways: [] });
          collecting = next?.type === 'paragraph' ? 'paragraph' : null;
        } else collecting = 'any';
      }
    } else if (collecting && (token.type === 'item' || token.type === 'paragraph') && (collecting === 'any' || collecting === token.type) && !pastTightRun(run, token)) {
      collecting = token.type;
      run.push(token);
      section.takeaways.push({ text: token.text, kind: 'explicit' });
      token.units.forEach((unit) => ledger.keep(unit));
      return;
    } else {
      collecting = null;
      appendBlock(section, token);
    }
    token.units.forEach((unit) => ledger.keep(unit));
  });
  return sections
    .filter((section) => section.heading !== null || section.blocks.length > 0 || section.takeaways.length > 0)
    .map((section) => ({ ...section, blocks: unglueListNumbers(section.blocks) }));
}

/**
 * Whether a paragraph stands past the end of a run of takeaways set line under line ("Key
 * points" over three one-line points, then a blank line and the story): two lines or more with
 * no line between them, and a gap before this one. (Takeaways set a blank line apart go on.)
 */
function pastTightRun(run: Token[], token: Token): boolean {
  if (run.length < 2 || token.type !== 'paragraph') return false;
  // (Or, one paragraph a line as web pages are copied, the story's first paragraph under the
  // points: sentences where each point was one, and more than twice the longest point's words.)
  const longest = Math.max(...run.map((t) => ('text' in t ? wordCount(t.text) : 0)));
  if (run.every((t) => 'text' in t && !SECOND_SENTENCE.test(t.text)) && SECOND_SENTENCE.test(token.text) && wordCount(token.text) > 2 * longest) return true;
  const first = (t: Token) => t.units[0]?.lines[0] ?? -1;
  const last = (t: Token) => t.units.at(-1)?.lines.at(-1) ?? -1;
  const tight = run.every((t, k) => k === 0 || first(t) === last(run[k - 1]) + 1);
  return tight && first(token) > last(run[run.length - 1]) + 1;
}

/** A sentence's end followed by another sentence. */
const SECOND_SENTENCE = /[.!?。！？]["”’)]?\s*["“‘(]?[\p{Lu}\p{Script=Han}]/u;

/** The first token after `i` that is not furniture. */
function nextContent(tokens: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].type !== 'furniture') return tokens[j];
  return undefined;
}

/** A paragraph, or an inline takeaway ("Bottom line: …"): what a section under a takeaway label holds. */
function opensSection(next: Token | undefined): boolean {
  return next?.type === 'paragraph' || (next?.type === 'cue' && next.inline !== null);
}

function appendBlock(section: DraftSection, token: Token): void {
  const last = section.blocks[section.blocks.length - 1];
  switch (token.type) {
    case 'item':
      if (last?.kind === 'list' && last.ordered === token.ordered) last.items.push(token.text);
      else section.blocks.push({ kind: 'list', ordered: token.ordered, items: [token.text] });
      return;
    case 'quote':
      if (token.text === '') return;
      if (last?.kind === 'quote') last.text = `${last.text} ${token.text}`.trim();
      else section.blocks.push({ kind: 'quote', text: token.text });
      return;
    case 'figure':
      section.blocks.push({ kind: 'figure', title: token.title, caption: token.caption });
      return;
    case 'entities':
      section.blocks.push({ kind: 'entities', items: token.items });
      return;
    case 'paragraph':
    case 'heading':
      section.blocks.push({ kind: 'paragraph', text: token.text });
  }
}

/**
 * Removes list numbers glued to item text ("1The 2026 policy" → "The 2026 policy") when every
 * item of an ordered list carries its own number that way, and never otherwise.
 */
function unglueListNumbers(blocks: Block[]): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'list' || !block.ordered) return block;
    const glued = block.items.every((item, i) => new RegExp(`^${i + 1}(?=\\p{Lu})`, 'u').test(item));
    return glued ? { ...block, items: block.items.map((item, i) => item.slice(String(i + 1).length)) } : block;
  });
}
