import type { DraftSection } from './10-segment';
import { cjkShare } from '../text/line-shape';

/** Words with which a closing paragraph draws a conclusion rather than reports. */
const ANALYSIS_MARKERS =
  /\b(?:signal(?:s|ed|led|ing)?|suggest(?:s|ed|ing)?|indicat(?:es|ed|ing)|underscor(?:es|ed|ing)|reflect(?:s|ed|ing)|points? to|likely|poised|set to|expect(?:s|ed)?|implications?|means|marks? a|shift(?:s|ing)?|evolv(?:es|ed|ing))\b/iu;
/** A paragraph that opens on a date reports news ("On 4 February", "As of February"). */
const OPENS_ON_DATE =
  /^(?:on|as of|in|by|since|last|earlier this)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/iu;
/** A closing paragraph longer than this many sentences is reporting, not a takeaway. */
const MAX_TAKEAWAY_SENTENCES = 3;

/**
 * In a newsletter, a headed section of several paragraphs that closes on a short analytical
 * paragraph ends with its takeaway: the paragraph moves from the blocks to the section's
 * takeaways as an `inferred` takeaway (its text unchanged). Sections with an explicit
 * takeaway are left alone.
 */
export function inferTakeaways(sections: DraftSection[]): void {
  for (const section of sections) {
    if (section.heading === null || section.takeaways.length > 0) continue;
    const paragraphs = section.blocks.filter((block) => block.kind === 'paragraph');
    const last = section.blocks[section.blocks.length - 1];
    if (paragraphs.length < 2 || last?.kind !== 'paragraph') continue;
    const before = paragraphs[paragraphs.length - 2].text;
    if (isTranslationOf(last.text, before) || !isAnalytical(last.text)) continue;
    section.blocks.pop();
    section.takeaways.push({ text: last.text, kind: 'inferred' });
  }
}

/** In bilingual briefings a paragraph in the other script restates the one before it. */
function isTranslationOf(text: string, previous: string): boolean {
  return Math.abs(cjkShare(text) - cjkShare(previous)) > 0.5;
}

function isAnalytical(text: string): boolean {
  const sentences = text.split(/(?<=[.!?。！？])\s+(?=[\p{Lu}"“])/u).length;
  if (sentences > MAX_TAKEAWAY_SENTENCES || OPENS_ON_DATE.test(text)) return false;
  // A conclusion is drawn in words that say so; a closing paragraph that only reports more
  // news is not a takeaway, however short it is.
  return ANALYSIS_MARKERS.test(text);
}
