import { fold } from '../text/fold';
import { GENERIC_TAKEAWAY_CUES } from './generic-rules';

/**
 * Builds the matcher for takeaway labels. A line that is just a label ("Key Takeaways",
 * "Bottom line:") opens a takeaway block (`inline: null`); a line that starts with one
 * ("Bottom line: Beijing wants…") is itself a takeaway (`inline`: the text after the label).
 */
export function takeawayCueMatcher(extraCues: readonly string[]): (text: string) => { inline: string | null } | null {
  const cues = cueSet(extraCues);
  return (text) => {
    if (text.length <= 40 && cues.has(fold(text))) return { inline: null };
    const inline = /^([^:：—–]{2,30}?)\s*[:：—–]\s*(.+)$/u.exec(text);
    if (inline && cues.has(fold(inline[1])) && inline[2].length > 0) return { inline: inline[2] };
    return null;
  };
}

/** Folded cue sets, built once per publisher rule's list (the rules live for the whole run). */
const cueSets = new WeakMap<readonly string[], Set<string>>();

function cueSet(extraCues: readonly string[]): Set<string> {
  let cues = cueSets.get(extraCues);
  if (!cues) {
    cues = new Set([...GENERIC_TAKEAWAY_CUES, ...extraCues].map(fold));
    cueSets.set(extraCues, cues);
  }
  return cues;
}

/** The cue list of a file with no publisher rule: one shared array, so its set is built once. */
export const NO_EXTRA_CUES: readonly string[] = [];
