import { createHash } from 'node:crypto';
import type { BoilerplateRule, Issue, Note, PublisherRule, Rejection, RulesFile } from '../schema';
import { fingerprint, type Fingerprint } from './grouping/fingerprint';
import { shortParagraphs, type ShortParagraphCandidate } from './grouping/short-paragraphs';
import { detectPublisher, publisherFromBlurbs, publisherFromText } from './rules/detect-publisher';
import { GENERIC_BOILERPLATE } from './rules/generic-rules';
import { NO_EXTRA_CUES, takeawayCueMatcher } from './rules/takeaway-cues';
import { timed } from './stage-timings';
import { decode, DEFAULT_MAX_BYTES } from './stages/01-decode';
import { parseSidecar } from './stages/02-parse-sidecar';
import { normalize } from './stages/03-normalize';
import { toUnits } from './stages/04-units';
import { stripBoilerplate } from './stages/05-strip-boilerplate';
import { extractHeader } from './stages/06-extract-header';
import { splitAppended } from './stages/07-split-appended';
import { removePullQuotes } from './stages/08-pull-quotes';
import { classify } from './stages/09-classify';
import { segment } from './stages/10-segment';
import { resolveMetadata } from './stages/11-resolve-metadata';
import { inferTakeaways } from './stages/12-infer-takeaways';
import { assembleIssue } from './stages/13-assemble-issue';
import { validateIssue } from './stages/14-validate-issue';
import { withFileMemos } from './text/file-memo';
import { withFoldCache } from './text/fold';
import { Ledger } from './text/ledger';

/** One raw file as read from the input folder. */
export interface RawFile {
  /** Path relative to the input folder, with `/` separators. */
  file: string;
  bytes: Uint8Array;
  /** The sidecar beside it, if any. */
  sidecar?: { file: string; text: string };
}

export interface IngestOptions {
  rules: RulesFile;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** When given, milliseconds spent in each stage are added to it (for `npm run bench`). */
  timings?: Record<string, number>;
  /**
   * Kinds of evidence to leave out (names from EVIDENCE in src/pipeline/evidence.ts), for the
   * ablation table of `npm run eval -- --ablate`. Empty in every real run.
   */
  ablate?: readonly string[];
}

/** What became of one file. */
export type FileOutcome =
  | { kind: 'issue'; issue: Issue; fingerprint: Fingerprint; notes: Note[]; shortParagraphs: ShortParagraphCandidate[] }
  | { kind: 'rejected'; rejection: Rejection; notes: Note[] };

/** The chain's stages, in order (stages/ lists them the same way). */
const STAGES = {
  decode, parseSidecar, normalize, toUnits, stripBoilerplate, extractHeader, splitAppended, removePullQuotes,
  classify, segment, resolveMetadata, inferTakeaways, assembleIssue, validateIssue, fingerprint, shortParagraphs,
};

/**
 * One file's chain, bytes to issue: pure and total. It returns an issue or a rejection for any
 * bytes, never throws.
 */
export function ingestFile(raw: RawFile, options: IngestOptions): FileOutcome {
  try {
    return withFoldCache(() => withFileMemos(() => ingestUnchecked(raw, options)));
  } catch (error) {
    const reason = `internal error while parsing (please report it with this file): ${(error as Error).message}`;
    return { kind: 'rejected', rejection: { file: raw.file, reason }, notes: [] };
  }
}

/**
 * The boilerplate rules for a publisher's files (its own, then the generic ones), one list per
 * publisher: the strip stage prepares each list once (see byScope there), not once a file.
 */
function boilerplateOf(rule: PublisherRule | null): BoilerplateRule[] {
  const key = rule ?? NO_PUBLISHER;
  let rules = boilerplateLists.get(key);
  if (!rules) boilerplateLists.set(key, (rules = [...(rule?.boilerplate ?? []), ...GENERIC_BOILERPLATE]));
  return rules;
}
const NO_PUBLISHER = {};
const boilerplateLists = new WeakMap<object, BoilerplateRule[]>();

function ingestUnchecked(raw: RawFile, options: IngestOptions): FileOutcome {
  const run = timed(STAGES, options.timings);
  const notes: Note[] = [];
  // Keys in the schema's order (file, line, rule, message), as the exact check wants them.
  const note = (rule: string, message: string, line?: number) => notes.push({ file: raw.file, ...(line ? { line } : {}), rule, message });
  const reject = (reason: string): FileOutcome => ({ kind: 'rejected', rejection: { file: raw.file, reason }, notes });

  const decoded = run.decode(raw.bytes, options.maxBytes ?? DEFAULT_MAX_BYTES, raw.file);
  if (!decoded.ok) return reject(decoded.reason);
  decoded.notes.forEach((message) => note('decode', message));
  const sidecar = run.parseSidecar(raw.sidecar);
  sidecar.problems.forEach((message) => note('sidecar', message));
  const text = run.normalize(decoded.text);

  const ledger = new Ledger(text.split('\n'));
  const rule = detectPublisher(text, options.rules);
  const cue = takeawayCueMatcher(rule?.takeawayCues ?? NO_EXTRA_CUES);
  const isCue = (t: string) => cue(t) !== null;

  const lineUnits = run.toUnits(text);
  const stripped = run.stripBoilerplate(lineUnits, boilerplateOf(rule), ledger, { ablate: options.ablate, isCue });
  const header = run.extractHeader(stripped.units, isCue, ledger, { ablate: options.ablate, page: lineUnits, pageText: text, statedTitle: decoded.stated?.title });
  // The text's own title marks where its article ends, whatever a sidecar calls the issue.
  const article = run.splitAppended(header.body, header.facts.title, ledger);
  if (article.appended) {
    const { firstLine, lastLine, title } = article.appended;
    note('appended-article', `lines ${firstLine}–${lastLine} are another article the page carried ("${title}"); not part of this issue, left out`, firstLine);
  }
  const units = run.removePullQuotes(article.units, ledger);
  if (units.length === 0) return reject('no body text left after removing boilerplate and metadata lines');
  const drafts = run.segment(run.classify(units, cue, { ablate: options.ablate, siteNames: stripped.siteNames }), ledger);

  const bodyText = units.map((unit) => unit.text).join('\n');
  const meta = run.resolveMetadata({ file: raw.file, facts: header.facts, blurbPublisher: publisherFromBlurbs(stripped.blurbs), rule, sidecar: sidecar.sidecar, bodyText, statedPublisher: publisherFromText(text, options.ablate), stated: decoded.stated });
  meta.problems.forEach((problem) => note(problem.rule, problem.message));
  if (meta.format === 'newsletter') run.inferTakeaways(drafts);

  const unaccounted = [...ledger.unaccounted(), ...ledger.doubleCounted()];
  if (unaccounted.length > 0) note('ledger', `lines not accounted for (a parser bug): ${unaccounted.join(', ')}`);

  const sha256 = createHash('sha256').update(raw.bytes).digest('hex');
  const candidate = run.assembleIssue({ file: raw.file, sha256, drafts, meta, bodyText, ledger, notes });
  if (!candidate) return reject('no body text: only a title and takeaways');
  const valid = run.validateIssue(candidate);
  if (!valid.ok) return reject(valid.reason);
  // The short paragraphs, with their lines, for the archive-wide repetition pass (grouping/recurring-lines.ts), which story-checks them.
  return { kind: 'issue', issue: valid.issue, fingerprint: run.fingerprint(valid.issue), notes, shortParagraphs: run.shortParagraphs(valid.issue, ledger) };
}
