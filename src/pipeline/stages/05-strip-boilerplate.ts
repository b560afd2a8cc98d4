import type { BoilerplateRule } from '../../schema';
import { uses } from '../evidence';
import { creditOf } from '../evidence/credits';
import { emailFurnitureOf } from '../evidence/email-furniture';
import { linkListOf, TABLE_ROW, tableRows } from '../evidence/link-list';
import { keepParticipants, markAuthorBoxes, markBelowBody, markBylines, markCaptions, markDisclaimerBlocks, markOrphanLabels, markPlayers, markReaderNotes, markTickers, markPageBlocks, markProviders, markReplies, markSponsorBlocks } from '../evidence/neighbour-marks';
import { signatureStart } from '../evidence/page-blocks';
import { aboutPublisherTail } from '../evidence/tails';
import { mentionsDate, statesFullDate } from '../evidence/date-lines';
import { isRecordField, uiFurniture } from '../evidence/ui-vocabulary';
import { bodyZone } from '../evidence/zones';
import type { Ledger } from '../text/ledger';
import { plainLower, foldedMayContain, longestAsciiWord, mayFoldAlike } from '../text/fold';
import { isHeadingLike, isProse } from '../text/line-shape';
import { unitKey, type Unit } from './04-units';
import { RulesByFirstCharacter } from '../rules/first-characters';

/** How many units from the top or bottom of a page a `paragraph` rule (a blurb) may stand. */
const EDGE_UNITS = 4;
/** A line with no letter or digit ("=====", "* * *"): a rule drawn between parts of a page. */
const SEPARATOR_LINE = /^[^\p{L}\p{N}]{3,}$/u;

/** What is left of a file's units, and the removed blurbs (they name the publisher). */
export interface StripResult {
  units: Unit[];
  blurbs: Unit[];
  /**
   * Folded texts of short kept lines that recur inside the page's furniture ("The Beijing
   * Bulletin" in "Subscribe to The Beijing Bulletin"): the site's or series' name. Kept here,
   * since the header may take a masthead as the title; classify keeps them out of the body.
   */
  siteNames: Set<string>;
}

/** What the stage may weigh besides the rules. */
export interface StripOptions {
  /** Kinds of evidence left out (see src/pipeline/evidence.ts). */
  ablate?: readonly string[];
  /** Whether a line is a takeaway label ("Key Takeaways"): such a line is never furniture. */
  isCue?: (text: string) => boolean;
}

/**
 * Removes boilerplate by rule and by evidence, recording every removed line in the ledger:
 * 1. `tail` rules cut the page's tail (related links, methodology, mail footer) from the first
 *    match in the second half of the file; in the first half they remove just that line; an
 *    "About <publisher>" self-description in the second half cuts the tail too;
 * 2. `line` rules remove matching lines; `paragraph` rules matching paragraphs (blurbs) at
 *    the top or bottom of the page;
 * 3. evidence (src/pipeline/evidence/): UI vocabulary, link lists, credits and captions, e-mail
 *    furniture, and short lines below the body zone, each under a rule id naming it;
 * 4. a line that repeats the line before it is removed once ("Timeline", "Timeline").
 */
export function stripBoilerplate(units: Unit[], rules: BoilerplateRule[], ledger: Ledger, options: StripOptions = {}): StripResult {
  const { tailRules, lineRules, paragraphRules } = byScope(rules);

  // Tail rules are tested here, in order, until one opens the tail; the matches that do not
  // are kept, to remove their own lines below without testing the rules again.
  const secondHalf = Math.ceil(units.length / 2);
  // A match with more of the text's prose below it than above (a page whose menus and share
  // buttons fill its first half) opens no tail, nor does one the text has set above already (a
  // "Read more" button under each item): it removes its own line, as in the first half.
  let tailStart = -1;
  let tailRule: string | undefined;
  const notTails = new Map<number, BoilerplateRule>();
  const split = proseSplit(units);
  // (In the first half, only a match under four fifths of the prose or more: an abstract page's
  // "Suggested citation" over the repository's furniture.)
  const firstHalfTails = new Map<number, BoilerplateRule>();
  for (let i = 0; i < units.length && tailStart === -1; i++) {
    const rule = tailRules.matching(units[i].text);
    if (!rule) continue;
    if ((i >= secondHalf ? split.mostlyAbove(i) : split.nearlyAllAbove(i)) && !setAbove(units, i)) [tailStart, tailRule] = [i, rule.id];
    else (i >= secondHalf ? notTails : firstHalfTails).set(i, rule);
  }
  const about = uses(options.ablate, 'tails') ? aboutPublisherTail(tailStart === -1 ? units : units.slice(0, tailStart)) : -1;
  if (about !== -1) [tailStart, tailRule] = [about, 'tail:about-publisher'];
  // The "-- " signature delimiter (evidence/page-blocks.ts): the sender's signature below it.
  const signature = uses(options.ablate, 'page-blocks') ? signatureStart(tailStart === -1 ? units : units.slice(0, tailStart)) : -1;
  if (signature !== -1) [tailStart, tailRule] = [signature, 'tail:signature'];
  const body = tailStart === -1 ? units : units.slice(0, tailStart);
  if (tailStart !== -1) for (const unit of units.slice(tailStart)) ledger.remove(unit, tailRule!);

  // The rule removing each unit, if any: tested once (they are most of this stage's cost).
  // A data table's rows are the text's, whatever a rule or the link-list shape says of them.
  const tables = uses(options.ablate, 'link-list') ? tableRows(body) : NO_ROWS;
  const ruled = body.map((unit, i) => (tables.has(i) ? undefined : lineRules.matching(unit.text) ?? (i < secondHalf ? firstHalfTails.get(i) : notTails.get(i))));
  if (uses(options.ablate, 'page-blocks')) listsUnderLabels(body, ruled, [...firstHalfTails.keys(), ...notTails.keys()], split.inside);
  const verdicts = judge(body, options, ruled, tables);
  const siteNames = uses(options.ablate, 'site-names') ? findSiteNames(body, verdicts, ruled) : new Set<string>();
  const kept: Unit[] = [];
  const blurbs: Unit[] = [];
  body.forEach((unit, i) => {
    const lineRule = ruled[i];
    // Blurbs stand at the top or the bottom of a page, never between two stories.
    const atEdge = i < EDGE_UNITS || i >= body.length - EDGE_UNITS;
    const paragraphRule = lineRule || !atEdge ? undefined : paragraphRules.matching(unit.text);
    if (lineRule ?? paragraphRule) {
      ledger.remove(unit, (lineRule ?? paragraphRule)!.id);
      if (paragraphRule) blurbs.push(unit);
    } else if (verdicts[i] !== null) {
      ledger.remove(unit, verdicts[i]!);
    } else if (kept.length > 0 && sameText(kept[kept.length - 1], unit)) {
      ledger.remove(unit, 'repeated-line');
    } else {
      kept.push(tables.has(i) ? { ...unit, tableRow: true } : unit);
    }
  });
  return { units: kept, blurbs, siteNames };
}

/** A related list's entry is this long at least and at most, in words; a list this long at most. */
const MIN_ENTRY_WORDS = 4;
const MAX_ENTRY_WORDS = 20;
const MAX_LIST_ENTRIES = 12;
const MIN_LIST_ENTRIES = 2;
/** The tail rule whose labels head related lists. */
const RELATED_LIST = 'related-links';

/**
 * A related list set inside the text ("Most Viewed in 24 Hours", "Editor's Pick" between two
 * paragraphs): under its label, which a tail rule knows but which opened no tail, the headlines
 * of its block (no blank line between, none of them prose) go with it. Why: a news page drops
 * its sidebars into the copy wherever they stood; the label names the list, and the list is
 * links, whatever they say.
 */
function listsUnderLabels(units: Unit[], ruled: (BoilerplateRule | undefined)[], labels: number[], inside: (i: number) => boolean): void {
  for (const i of labels) {
    const rule = ruled[i];
    if (rule?.id !== RELATED_LIST) continue;
    let j = i + 1;
    for (; j < units.length && j <= i + MAX_LIST_ENTRIES && ruled[j] === undefined; j++) {
      const unit = units[j];
      // (A headline has a few words at least: under a menu's "More", "Post" is the next item.)
      if (unit.lines[0] !== units[j - 1].lines.at(-1)! + 1 || unit.words < MIN_ENTRY_WORDS || unit.words > MAX_ENTRY_WORDS || isProse(unit.text)) break;
    }
    // (One line under a menu's "More" is the page's headline, not a list; between two runs of
    // the text's prose, one headline under "Read next" is the list.)
    if (j - i - 1 >= (inside(i) ? 1 : MIN_LIST_ENTRIES)) for (let k = i + 1; k < j; k++) ruled[k] = rule;
  }
}

/** Whether the text of unit `i` stands on a line above it too. */
function setAbove(units: Unit[], i: number): boolean {
  const text = units[i].text;
  for (let k = 0; k < i; k++) if (units[k].text === text) return true;
  return false;
}

/** A tail rule's match in the first half cuts the tail only under this share of the prose. */
const NEARLY_ALL_PROSE = 0.8;
/** A unit of this many words at least counts as the text's prose where a tail is weighed. */
const TAIL_PROSE_WORDS = 15;

/**
 * The share of the words of long units (the text's prose) that stand above unit `i`: at least
 * half (`mostlyAbove`), NEARLY_ALL_PROSE, or some but not all (`inside` the text). Summed once a file, and only for a file with a
 * tail rule's match.
 */
function proseSplit(units: Unit[]): { mostlyAbove: (i: number) => boolean; nearlyAllAbove: (i: number) => boolean; inside: (i: number) => boolean } {
  let before: Uint32Array | null = null;
  const shareAbove = (i: number) => {
    if (!before) {
      before = new Uint32Array(units.length + 1);
      units.forEach((unit, k) => (before![k + 1] = before![k] + (unit.words >= TAIL_PROSE_WORDS ? unit.words : 0)));
    }
    return before[units.length] === 0 ? 0 : before[i] / before[units.length];
  };
  return {
    mostlyAbove: (i) => shareAbove(i) >= 0.5,
    nearlyAllAbove: (i) => shareAbove(i) >= NEARLY_ALL_PROSE,
    inside: (i) => shareAbove(i) > 0 && shareAbove(i) < 1,
  };
}

/** A name standing alone on this many lines is a speaker's label, not the site's name. */
const MIN_SPEAKER_LINES = 3;
/** Longest site or series name, in words. */
const MAX_SITE_NAME_WORDS = 6;

/** A header's date line stands among the page's first units. */
const DATE_LINE_UNITS = 25;

/** Short heading-like kept lines whose text recurs inside removed furniture lines or the header's date line. */
function findSiteNames(units: Unit[], verdicts: (string | null)[], ruled: (BoilerplateRule | undefined)[]): Set<string> {
  const names = new Set<string>();
  const isFurniture = (i: number) => verdicts[i] !== null || ruled[i] !== undefined;
  // A contents list names no site: its entries are the text's own headings.
  const namesSite = (i: number) => isFurniture(i) && verdicts[i] !== 'furniture:contents';
  // Only furniture and the top lines can name a site: each candidate is looked for in those
  // alone. Their keys are folded when first compared (a lookup by text in the fold cache for
  // each pair cost more), and only where a quick test on the raw text finds the candidate's
  // longest word: the furniture of 10,000 files is ~28 MB of text, and folding it all was
  // ~4% of one thread's parse.
  let namers: number[] | null = null;
  const keys: (string | undefined)[] = [];
  const keyOf = (k: number) => (keys[k] ??= unitKey(units[namers![k]]));
  const lowered: (string | null | undefined)[] = [];
  const loweredOf = (k: number) => (lowered[k] === undefined ? (lowered[k] = plainLower(units[namers![k]].text)) : lowered[k]);
  // Every namer's lower-cased text on one line each (null when one is beyond ASCII): a word
  // found in none of them spares the candidate the walk over the namers, one search in all.
  let allLowered: string | null | undefined;
  const namersLowered = () => {
    if (allLowered === undefined) {
      const texts = namers!.map((_, k) => loweredOf(k));
      allLowered = texts.includes(null) ? null : texts.join('\n');
    }
    return allLowered;
  };
  // A name standing alone on three lines or more is a speaker's, over each of their turns
  // ("ELENA BRANDT" … "ELENA BRANDT"), even when the page's credits name them too.
  let standing: Map<string, number> | null = null;
  units.forEach((unit, i) => {
    if (isFurniture(i) || unit.text.length > 60 || unit.words > MAX_SITE_NAME_WORDS || !isHeadingLike(unit.text)) return;
    const key = unitKey(unit);
    if (key.length < 4) return;
    if (!namers) {
      namers = [];
      for (let j = 0; j < units.length; j++) if (isFurniture(j) || j < DATE_LINE_UNITS) namers.push(j);
    }
    const word = longestAsciiWord(key);
    // Furniture, or the header's date line: "原创 林嘉怡 浦江数字治理观察 2025-03-22" names the
    // account a line of its own repeats. (Asked only of lines holding the name: reading every
    // short line's dates cost ~3% of the ingest.)
    const named = (word === null || foldedMayContain(namersLowered(), word)) && namers.some((j, k) => j !== i && (word === null || foldedMayContain(loweredOf(k), word)) && keyOf(k) !== key && keyOf(k).includes(key) && (namesSite(j) || statesFullDate(units[j].text)));
    if (!named) return;
    if (!standing) {
      standing = new Map<string, number>();
      for (const line of units) if (line.text.length <= 60) standing.set(line.text, (standing.get(line.text) ?? 0) + 1);
    }
    if (standing.get(unit.text)! < MIN_SPEAKER_LINES) names.add(key);
  });
  return names;
}

/**
 * The evidence verdict on each unit: the rule id that removes it, or null. Units a rule removes
 * anyway are marked too, so that the body zone is found among the rest.
 */
function judge(units: Unit[], options: StripOptions, ruled: (BoilerplateRule | undefined)[], tables: ReadonlySet<number>): (string | null)[] {
  const { ablate } = options;
  const [ui, lists, credits, mail] = ['ui-vocabulary', 'link-list', 'credits', 'email-furniture'].map((name) => uses(ablate, name));
  const verdicts = units.map((unit, i) => {
    const text = unit.text;
    if (ruled[i]) return 'rule';
    // (Marked, so that no mark below takes it; kept at the end.)
    if (tables.has(i)) return TABLE_ROW;
    if (options.isCue?.(text)) return null;
    if (SEPARATOR_LINE.test(text)) return 'furniture:separator';
    return (
      (ui ? uiFurniture(text, unit.words) : null) ??
      (lists ? linkListOf(text) : null) ??
      (credits ? creditOf(text) : null) ??
      (mail ? emailFurnitureOf(text) : null)
    );
  });
  if (uses(ablate, 'page-blocks')) markPageBlocks(units, verdicts, options);
  if (uses(ablate, 'page-blocks')) markOrphanLabels(units, verdicts, options);
  if (uses(ablate, 'sponsor-blocks')) markSponsorBlocks(units, verdicts, options);
  if (uses(ablate, 'ui-vocabulary')) markProviders(units, verdicts);
  if (uses(ablate, 'ui-vocabulary')) markReaderNotes(units, verdicts);
  if (uses(ablate, 'ui-vocabulary')) markPlayers(units, verdicts);
  if (uses(ablate, 'ui-vocabulary')) markTickers(units, verdicts);
  if (uses(ablate, 'tails')) markDisclaimerBlocks(units, verdicts);
  if (credits) {
    markCaptions(units, verdicts);
    markBylines(units, verdicts);
    markReplies(units, verdicts);
    markAuthorBoxes(units, verdicts, options.isCue);
    keepParticipants(units, verdicts);
  }
  // Found once: markBelowBody marks only lines below the zone's end, so the zone's start stays
  // where it was (finding it again cost ~55 ms a thread at 10,000 files).
  const zone = bodyZone(units, verdicts, ablate);
  if (uses(ablate, 'zones')) markBelowBody(units, verdicts, zone, options);
  // Above the body, a short line that states a date is the header's to read (a dateline with
  // its reading time or source), whatever else it carries.
  const start = zone.start;
  for (let i = 0; i < start; i++) {
    // (A contents item is no dateline, whatever year it names: "Two Sessions: the 2025 targets".)
    if (verdicts[i]?.startsWith('furniture:') && verdicts[i] !== 'furniture:contents' && mentionsDate(units[i].text, units[i].words) && !isRecordField(units[i].text)) verdicts[i] = null;
  }
  return verdicts.map((verdict) => (verdict === 'rule' || verdict === TABLE_ROW ? null : verdict));
}

const NO_ROWS: ReadonlySet<number> = new Set();

/** Same folded text; lengths far apart cannot fold to the same text, so skip folding them. */
function sameText(a: Unit, b: Unit): boolean {
  if (Math.abs(a.text.length - b.text.length) > 8 + Math.max(a.text.length, b.text.length) / 10) return false;
  return mayFoldAlike(a.text, b.text) && unitKey(a) === unitKey(b);
}

/**
 * The rules of each scope, sorted by first character (rules/first-characters.ts): testing every
 * rule on every line was most of this stage's rule cost. Made once for each list of rules the
 * caller keeps (ingest-file.ts keeps one per publisher).
 */
function byScope(rules: BoilerplateRule[]): ScopedRules {
  let scoped = scopedRules.get(rules);
  if (!scoped) {
    const of = (scope: BoilerplateRule['scope']) => new RulesByFirstCharacter(rules.filter((rule) => rule.scope === scope));
    scoped = { tailRules: of('tail'), lineRules: of('line'), paragraphRules: of('paragraph') };
    scopedRules.set(rules, scoped);
  }
  return scoped;
}
interface ScopedRules {
  tailRules: RulesByFirstCharacter;
  lineRules: RulesByFirstCharacter;
  paragraphRules: RulesByFirstCharacter;
}
const scopedRules = new WeakMap<BoilerplateRule[], ScopedRules>();
