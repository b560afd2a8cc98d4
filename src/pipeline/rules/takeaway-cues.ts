import { fold } from '../text/fold';
import { GENERIC_INLINE_TAKEAWAY_CUES, GENERIC_TAKEAWAY_CUES } from './generic-rules';

/**
 * Builds the matcher for takeaway labels. A line that is just a label ("Key Takeaways",
 * "Bottom line:") opens a takeaway block (`inline: null`); a line that starts with one
 * ("Bottom line: Beijing wants…") is itself a takeaway (`inline`: the text after the label).
 */
export function takeawayCueMatcher(extraCues: readonly string[]): (text: string) => { inline: string | null } | null {
  const cues = cueSet(extraCues);
  return (text) => {
    if (text.length <= 40) {
      const folded = fold(text);
      if (cues.has(folded) || QUALIFIED_TAKEAWAYS.test(folded) || TIMED_SUMMARY.test(folded)) return { inline: null };
    }
    const inline = (holdsSeparator(text) ? INLINE_CUE.exec(text) : null) ?? (text.startsWith('【') ? BRACKETED_CUE.exec(text) : null);
    if (!inline || inline[2].length === 0) return null;
    const label = fold(inline[1]);
    if (hasCue(cues, label) || hasCue(INLINE_ONLY_CUES, label) || OWN_VIEW.test(inline[1])) return { inline: inline[2] };
    return null;
  };
}

/**
 * Whether a folded inline label is a cue, or a cue addressed to someone: "What this means for
 * you:", "Bottom line for exporters:" (one to three words after "for"). Only before a separator:
 * alone on a line, "What it means for growth" is as often an ordinary section's heading.
 */
function hasCue(cues: ReadonlySet<string>, label: string): boolean {
  if (cues.has(label)) return true;
  const addressed = label.lastIndexOf(' for ');
  return addressed > 0 && cues.has(label.slice(0, addressed)) && label.slice(addressed + 5).split(' ').length <= 3;
}

/**
 * A heading that names the writer's view ("Implications", "My take"): the paragraphs of its
 * section are the writer's takeaways, and the heading stays (the labelled section is part of
 * the text's structure, unlike a "Key takeaways" box over a list).
 */
export function isViewHeading(text: string): boolean {
  return text.length <= 40 && INLINE_ONLY_CUES.has(fold(text));
}

/**
 * Labels that state the writer's view only when the view follows on the same line ("My take:
 * the rules are written…"). Alone on a line they name a section as often as not
 * ("Implications", then paragraphs), so there they stay headings (see isViewHeading).
 */
const INLINE_ONLY_CUES = new Set(GENERIC_INLINE_TAKEAWAY_CUES.map(fold));

/**
 * "Northbridge view: …", "Analyst take: …": a name and `view` or `take` before the colon, the
 * publisher's own cue, whatever its name (inline only: a line of its own stays a heading). Other
 * house labels ("The Brief verdict:") stay publisher rules in content/publishers.yaml.
 */
const OWN_VIEW = /^(?:\p{Lu}[\p{L}'’&.-]*\s){1,3}(?:view|take)$/u;

/**
 * "Practical takeaways", "Our key takeaways": the label with a word or two before it; "Key
 * takeaways for procurement teams": addressed to its readers (one to three words after "for").
 */
const QUALIFIED_TAKEAWAYS = /^(?:(?:[\p{L}-]+ ){1,2}takeaways?|(?:[\p{L}-]+ ){0,2}takeaways? for(?: [\p{L}-]+){1,3}):?$/u;

/** "The week in 30 seconds", "This issue in 60 seconds": a summary box's label, over its points. */
const TIMED_SUMMARY = /^(?:the |this )?(?:week|day|month|issue|story|news|briefing) in (?:\d{1,3}|thirty|sixty|ninety) seconds:?$/u;

/** "Bottom line: …": a short label, a separator, the takeaway. */
// (A thread's post counter may come first: "14/ Bottom line: …".)
const INLINE_CUE = /^(?:\d{1,3}\/\s*)?([^:：—–]{2,30}?)\s*[:：—–]\s*(.+)$/u;

/** "【简评】这次会议…": Chinese newsletters set the label in lenticular brackets, no colon. */
const BRACKETED_CUE = /^【([^】]{1,12})】\s*(.+)$/u;

/**
 * Whether the text holds one of the separators INLINE_CUE's class lists (a line without one
 * cannot match it). The matcher runs three or four times on every line of every file; four
 * native searches tell most lines apart in less than half the time the pattern takes to fail
 * (~28 → ~12 ms a pass over the 280,000 lines of the 10,000-file benchmark).
 */
export function holdsSeparator(text: string): boolean {
  return text.includes(':') || text.includes('：') || text.includes('—') || text.includes('–');
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
