/**
 * Pure scoring of one pipeline run against the labels of the documents it read. No files, no
 * pipeline calls: the same inputs always give the same figures. The rules of the game (what
 * counts as a hit) are written out in tests/eval/README.md; every one of them applies to every
 * document alike, none names a file, a publisher or a sentence.
 */
import type { IngestResult, Issue } from '../../src/schema';
import type { Labels } from './corpus';

/** What the scorer needs of a document: where the pipeline read it, and its labels. */
export interface ScoredInput {
  /** Path as the pipeline reports it in `issue.sources[].file`. */
  file: string;
  labels: Labels;
  /**
   * The document's text as the analyst pasted it, for pasted-text documents (saved e-mails and
   * pages are encoded): its prose lines must all reach the issue (`lost`).
   */
  text?: string;
  /**
   * A saved page's lines as it shows them (its markup's text, line by line): where it says a
   * junk label inside a longer line, the label is a whole line, as for pasted texts.
   */
  shownLines?: string[];
}

/** A precision/recall pair over counted items. */
export interface PrecisionRecall {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Every figure the eval prints, for one set of documents. */
export interface Figures {
  documents: number;
  /** Documents that did not become (part of) any issue. */
  unmapped: number;
  headings: PrecisionRecall;
  titles: { right: number; total: number; accuracy: number };
  dates: { stated: number; found: number; rate: number; invented: number };
  junk: { labelled: number; leaks: number; perTenDocuments: number };
  /**
   * Of the prose of pasted texts (lines of 8 words or more, labelled neither junk nor title): the
   * share of its word triples readers see, and the documents that kept less than MIN_KEPT.
   */
  kept: { share: number; bodiesLost: number };
  takeaways: { labelled: number; found: number; recall: number; extra: number; inferred: number };
  duplicates: { labelledPairs: number; mergedPairs: number; precision: number; recall: number; falseMerges: number; missedMerges: number };
}

/** One thing the pipeline got wrong, for `--verbose`. */
export interface Miss {
  file: string;
  shape: string;
  kind: 'unmapped' | 'heading-missed' | 'heading-extra' | 'title' | 'date-missed' | 'date-invented' | 'junk' | 'text-lost' | 'takeaway-missed' | 'takeaway-extra' | 'missed-merge' | 'false-merge';
  expected: string;
  got: string;
}

/** The figures overall and per shape, and every miss behind them. */
export interface EvalReport {
  overall: Figures;
  byShape: Record<string, Figures>;
  misses: Miss[];
}

/** One document's contribution, before adding up. */
interface DocScore {
  file: string;
  shape: string;
  mapped: boolean;
  /** Heading and takeaway counts are scored on an issue's canonical document only (see README). */
  headings: { tp: number; fp: number; fn: number } | null;
  titleRight: boolean;
  dateStated: boolean;
  dateFound: boolean;
  dateInvented: boolean;
  junkLabelled: number;
  junkLeaks: number;
  proseTriples: number;
  keptTriples: number;
  bodyLost: boolean;
  takeaways: { labelled: number; found: number; extra: number; inferred: number } | null;
}

/** One pair of documents, for the duplicate figures. */
interface PairScore {
  shapes: [string, string];
  labelled: boolean;
  merged: boolean;
}

/**
 * Scores a pipeline run (`result`) against the labelled documents it was given. Issues are
 * mapped back to documents through `issue.sources[].file`; the first source is the canonical
 * copy whose text the issue shows.
 */
export function scoreRun(docs: ScoredInput[], result: IngestResult): EvalReport {
  const issueOf = new Map<string, Issue>();
  for (const issue of result.issues) for (const source of issue.sources) issueOf.set(source.file, issue);
  const byFile = new Map(docs.map((doc) => [doc.file, doc]));
  const misses: Miss[] = [];
  const scores = docs.map((doc) => scoreDoc(doc, issueOf.get(doc.file) ?? null, byFile, misses));
  const pairs = scorePairs(docs, issueOf, misses);

  const shapes = [...new Set(docs.map((doc) => doc.labels.shape))].sort();
  const byShape: Record<string, Figures> = {};
  for (const shape of shapes) {
    byShape[shape] = addUp(
      scores.filter((score) => score.shape === shape),
      pairs.filter((pair) => pair.shapes.includes(shape)),
    );
  }
  return { overall: addUp(scores, pairs), byShape, misses };
}

function scoreDoc(doc: ScoredInput, issue: Issue | null, byFile: Map<string, ScoredInput>, misses: Miss[]): DocScore {
  const { labels } = doc;
  const miss = (kind: Miss['kind'], expected: string, got: string) => misses.push({ file: doc.file, shape: labels.shape, kind, expected, got });

  if (!issue) {
    miss('unmapped', 'an issue', 'no issue lists this file (rejected?)');
    return {
      file: doc.file,
      shape: labels.shape,
      mapped: false,
      headings: { tp: 0, fp: 0, fn: labels.headings.length },
      titleRight: false,
      dateStated: labels.date !== null,
      dateFound: false,
      dateInvented: false,
      junkLabelled: labels.junk.length,
      junkLeaks: 0,
      proseTriples: 0,
      keptTriples: 0,
      bodyLost: false,
      takeaways: { labelled: labels.takeaways.length, found: 0, extra: 0, inferred: 0 },
    };
  }

  // The labelled copies of this briefing that the pipeline put in the same issue: any of them
  // may rightly supply the issue's title or date (a syndicated copy's edited headline is still
  // that briefing's headline).
  const mates = issue.sources
    .map((source) => byFile.get(source.file))
    .filter((mate): mate is ScoredInput => mate !== undefined && (mate === doc || (mate.labels.group !== null && mate.labels.group === labels.group)));
  const canonical = issue.sources[0]!.file === doc.file;

  // Title.
  const titles = new Set(mates.flatMap((mate) => (mate.labels.title === null ? [] : [foldText(mate.labels.title)])));
  const titleRight = titles.size === 0 ? issue.origin.title === 'fallback' : titles.has(foldText(issue.title));
  if (!titleRight) miss('title', labels.title ?? '(none stated: a fallback title)', `${issue.title} [${issue.origin.title}]`);

  // Date.
  const dates = new Set(mates.flatMap((mate) => (mate.labels.date === null ? [] : [mate.labels.date])));
  const dateStated = labels.date !== null;
  const dateFound = dateStated && issue.date !== null && dates.has(issue.date);
  const dateInvented = issue.date !== null && !dates.has(issue.date);
  if (dateStated && !dateFound) miss('date-missed', labels.date!, issue.date ?? 'null');
  if (dateInvented) miss('date-invented', labels.date ?? 'null', `${issue.date} [${issue.origin.date}]`);

  if (!canonical) {
    // A merged-away copy: its text is not what readers see, so only the issue-level fields above
    // are scored for it; its junk is checked on the canonical document's turn.
    return { file: doc.file, shape: labels.shape, mapped: true, headings: null, titleRight, dateStated, dateFound, dateInvented, junkLabelled: 0, junkLeaks: 0, proseTriples: 0, keptTriples: 0, bodyLost: false, takeaways: null };
  }

  // Headings: a multiset match, in any order, of labelled against produced headings.
  const produced = issue.sections.flatMap((section) => (section.heading === null ? [] : [section.heading]));
  const left = produced.map(foldHeading);
  let tp = 0;
  for (const heading of labels.headings) {
    const at = left.indexOf(foldHeading(heading));
    if (at >= 0) {
      left.splice(at, 1);
      tp += 1;
    } else miss('heading-missed', heading, '');
  }
  const expectedHeadings = labels.headings.map(foldHeading);
  for (const heading of produced) if (!expectedHeadings.includes(foldHeading(heading))) miss('heading-extra', '', heading);

  // Junk: every labelled junk string of every copy in this issue, checked once.
  const junk = [...new Set(issue.sources.flatMap((source) => byFile.get(source.file)?.labels.junk ?? []))];
  const visible = visibleTexts(issue).map(foldLoose);
  let junkLeaks = 0;
  const sourceLines = (doc.shownLines ?? (doc.text ?? '').split('\n')).map(foldLoose);
  for (const line of junk) {
    const needle = foldLoose(line);
    // Short labels (a bare "Share", "Print") are whole lines: matched only as a whole text, or
    // every mention of the word in prose would count as a leak. So is a label that the text
    // itself says inside a longer line (a tag "Export controls" and a sentence about them).
    const whole = line.length < SHORT_JUNK || sourceLines.some((source) => source !== needle && source.includes(needle));
    const leaked = whole ? visible.includes(needle) : visible.some((text) => text.includes(needle));
    if (leaked) {
      junkLeaks += 1;
      miss('junk', line, visible.find((text) => text.includes(needle))?.slice(0, 120) ?? '');
    }
  }

  // Text kept: the word triples of a pasted text's prose lines (labelled neither junk nor the
  // title) found in what readers see. Triples, not whole lines: a paragraph may be joined from
  // several lines, a list marker or a takeaway's cue dropped, and that is not a loss.
  const seen = new Set(triplesOf(visible.join('\n')));
  const junkFolded = junk.map(foldLoose);
  let proseTriples = 0;
  let keptTriples = 0;
  for (const line of (doc.text ?? '').split('\n')) {
    const folded = foldLoose(line);
    if (titles.has(foldText(line)) || junkFolded.some((label) => (label.length < SHORT_JUNK ? folded === label : folded.includes(label) || label.includes(folded)))) continue;
    const triples = triplesOf(folded);
    if (triples.length < MIN_PROSE_LINE_WORDS - 2) continue;
    proseTriples += triples.length;
    keptTriples += triples.filter((triple) => seen.has(triple)).length;
  }
  const kept = ratio(keptTriples, proseTriples);
  if (kept < MIN_KEPT) miss('text-lost', `${pct(kept)} of its prose kept`, '');

  // Takeaways.
  const texts = issue.takeaways.map((takeaway) => foldTakeaway(takeaway.text));
  const starts = labels.takeaways.map(foldLoose);
  let found = 0;
  for (const [i, start] of starts.entries()) {
    if (texts.some((text) => startsTakeaway(text, start))) found += 1;
    else miss('takeaway-missed', labels.takeaways[i]!, '');
  }
  let extra = 0;
  for (const [i, text] of texts.entries()) {
    if (!starts.some((start) => startsTakeaway(text, start))) {
      extra += 1;
      miss('takeaway-extra', '', `${issue.takeaways[i]!.text.slice(0, 100)} [${issue.takeaways[i]!.kind}]`);
    }
  }
  const inferred = issue.takeaways.filter((takeaway) => takeaway.kind === 'inferred').length;

  return {
    file: doc.file,
    shape: labels.shape,
    mapped: true,
    headings: { tp, fp: produced.length - tp, fn: labels.headings.length - tp },
    titleRight,
    dateStated,
    dateFound,
    dateInvented,
    junkLabelled: junk.length,
    junkLeaks,
    proseTriples,
    keptTriples,
    bodyLost: kept < MIN_KEPT,
    takeaways: { labelled: labels.takeaways.length, found, extra, inferred },
  };
}

/** Every pair of documents: labelled as copies of one briefing, and merged into one issue or not. */
function scorePairs(docs: ScoredInput[], issueOf: Map<string, Issue>, misses: Miss[]): PairScore[] {
  const pairs: PairScore[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i]!;
      const b = docs[j]!;
      const labelled = a.labels.group !== null && a.labels.group === b.labels.group;
      const issueA = issueOf.get(a.file);
      const merged = issueA !== undefined && issueA === issueOf.get(b.file);
      if (labelled && !merged) misses.push({ file: a.file, shape: a.labels.shape, kind: 'missed-merge', expected: `one issue with ${b.file}`, got: 'separate issues' });
      if (merged && !labelled) misses.push({ file: a.file, shape: a.labels.shape, kind: 'false-merge', expected: `not merged with ${b.file}`, got: `merged into ${issueA!.id}` });
      if (labelled || merged) pairs.push({ shapes: [a.labels.shape, b.labels.shape], labelled, merged });
    }
  }
  return pairs;
}

/** Adds document and pair scores up into figures. */
function addUp(scores: DocScore[], pairs: PairScore[]): Figures {
  const sum = (pick: (score: DocScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const tp = sum((s) => s.headings?.tp ?? 0);
  const fp = sum((s) => s.headings?.fp ?? 0);
  const fn = sum((s) => s.headings?.fn ?? 0);
  const titlesRight = sum((s) => (s.titleRight ? 1 : 0));
  const stated = sum((s) => (s.dateStated ? 1 : 0));
  const found = sum((s) => (s.dateFound ? 1 : 0));
  const leaks = sum((s) => s.junkLeaks);
  const takeawaysLabelled = sum((s) => s.takeaways?.labelled ?? 0);
  const takeawaysFound = sum((s) => s.takeaways?.found ?? 0);
  const labelledPairs = pairs.filter((p) => p.labelled).length;
  const mergedPairs = pairs.filter((p) => p.merged).length;
  const bothPairs = pairs.filter((p) => p.labelled && p.merged).length;
  return {
    documents: scores.length,
    unmapped: sum((s) => (s.mapped ? 0 : 1)),
    headings: precisionRecall(tp, fp, fn),
    titles: { right: titlesRight, total: scores.length, accuracy: ratio(titlesRight, scores.length) },
    dates: { stated, found, rate: ratio(found, stated), invented: sum((s) => (s.dateInvented ? 1 : 0)) },
    junk: { labelled: sum((s) => s.junkLabelled), leaks, perTenDocuments: scores.length === 0 ? 0 : (10 * leaks) / scores.length },
    kept: { share: ratio(sum((s) => s.keptTriples), sum((s) => s.proseTriples)), bodiesLost: sum((s) => (s.bodyLost ? 1 : 0)) },
    takeaways: { labelled: takeawaysLabelled, found: takeawaysFound, recall: ratio(takeawaysFound, takeawaysLabelled), extra: sum((s) => s.takeaways?.extra ?? 0), inferred: sum((s) => s.takeaways?.inferred ?? 0) },
    duplicates: {
      labelledPairs,
      mergedPairs,
      precision: ratio(bothPairs, mergedPairs),
      recall: ratio(bothPairs, labelledPairs),
      falseMerges: mergedPairs - bothPairs,
      missedMerges: labelledPairs - bothPairs,
    },
  };
}

/** Precision, recall and F1; a set with nothing to find and nothing found scores 1 (nothing was wrong). */
export function precisionRecall(truePositives: number, falsePositives: number, falseNegatives: number): PrecisionRecall {
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** A share; 1 when there is nothing to count (no chance to be wrong). */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** A pasted line of this many words at least is prose the issue must keep (shorter ones may be labels). */
const MIN_PROSE_LINE_WORDS = 8;
/** A document whose issue shows less of its prose than this has lost its body (a cut gone wrong). */
const MIN_KEPT = 0.8;

/** Consecutive word triples of a text, folded; a Han character counts as a word. */
function triplesOf(text: string): string[] {
  const words = foldLoose(text).match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(2).map((word, i) => `${words[i]} ${words[i + 1]} ${word}`);
}

const pct = (value: number) => `${(100 * value).toFixed(1)}%`;

/** Below this length a junk label is a whole line, not a substring (the label format's 12). */
const SHORT_JUNK = 12;

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;

/**
 * The comparison form for titles: compatibility forms folded (full-width colons and the like),
 * curly quotes made straight, white space single. Case and wording are kept: a title is right
 * only as written.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/g, ' ').trim();
}

/**
 * The comparison form for headings: as `foldText`, without a leading item number ("1. ",
 * "2) "), which is the list's ordinal, not the heading's words.
 */
export function foldHeading(text: string): string {
  return foldText(text).replace(/^\d{1,3}[.)]\s+/, '');
}

/** The comparison form for junk and takeaway starts: as `foldText`, lower-cased. */
export function foldLoose(text: string): string {
  return foldText(text).toLowerCase();
}

/**
 * A produced takeaway's comparison form: loose fold, and without a list bullet in front. A
 * takeaway may keep its cue ("Bottom line: Beijing is …"); `startsTakeaway` allows for that.
 */
function foldTakeaway(text: string): string {
  return foldLoose(text).replace(/^[-–•*]\s*/, '');
}

/** Whether a takeaway starts with a labelled start, directly or after a short cue ending in a colon. */
export function startsTakeaway(text: string, start: string): boolean {
  if (text.startsWith(start)) return true;
  const colon = text.indexOf(':');
  return colon > 0 && colon <= MAX_CUE && !/[.!?]/.test(text.slice(0, colon)) && text.slice(colon + 1).trimStart().startsWith(start);
}
/** The longest cue allowed before a takeaway's first words ("What it means for companies:"). */
const MAX_CUE = 40;

/**
 * Every text a reader can see in an issue: title, headings, every string field of every block,
 * and the takeaways. Block fields are read generically, so a new block kind cannot hide junk
 * from the scorer.
 */
export function visibleTexts(issue: Issue): string[] {
  return [
    issue.title,
    ...issue.sections.flatMap((section) => [section.heading ?? '', ...section.blocks.flatMap((block) => stringsOf(block))]),
    ...issue.takeaways.map((takeaway) => takeaway.text),
  ].filter((text) => text !== '');
}

/** The string values in a block, at any depth, except its `kind` tag. */
function stringsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'kind' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, k));
  return [];
}
