import { fold } from './normalize';
import { GENERIC_TAKEAWAY_CUES } from './rules/generic-rules';

/**
 * Builds the matcher for takeaway labels. A line that is just a label ("Key Takeaways",
 * "Bottom line:") opens a takeaway block (`inline: null`); a line that starts with one
 * ("Bottom line: Beijing wants…") is itself a takeaway (`inline`: the text after the label).
 */
export function takeawayCueMatcher(extraCues: string[]): (text: string) => { inline: string | null } | null {
  const cues = new Set([...GENERIC_TAKEAWAY_CUES, ...extraCues].map(fold));
  return (text) => {
    if (text.length <= 40 && cues.has(fold(text))) return { inline: null };
    const inline = /^([^:：—–]{2,30}?)\s*[:：—–]\s*(.+)$/u.exec(text);
    if (inline && cues.has(fold(inline[1])) && inline[2].length > 0) return { inline: inline[2] };
    return null;
  };
}
