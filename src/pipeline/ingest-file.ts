import { createHash } from 'node:crypto';
import { compileExactCheck, formatZodIssues, IssueSchema, type Issue, type Note, type Rejection, type RulesFile, type Sidecar } from '../schema';
import { classify } from './classify';
import { decode, DEFAULT_MAX_BYTES } from './decode';
import { extractHeader } from './extract-header';
import { issueId, sectionIds } from './ids';
import { inferTakeaways } from './infer-takeaways';
import { Ledger } from './ledger';
import { normalize, withFoldCache } from './normalize';
import { parseSidecar } from './parse-sidecar';
import { fingerprint, type Fingerprint } from './dedupe/fingerprint';
import { detectPublisher, publisherFromBlurbs } from './publisher';
import { removePullQuotes } from './pull-quotes';
import { resolveMetadata } from './resolve-metadata';
import { GENERIC_BOILERPLATE } from './rules/generic-rules';
import { NO_EXTRA_CUES, takeawayCueMatcher } from './takeaway-cues';
import { segment, unglueListNumbers } from './segment';
import { splitAppended } from './split-appended';
import { stripBoilerplate } from './strip-boilerplate';
import { toUnits } from './units';

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
}

/**
 * Every parsed issue is checked against the schema before it is kept. The exact check answers
 * without copying (see compileExactCheck); only an issue it does not pass goes through Zod,
 * which words the problems (or, were a key out of order, returns the issue in schema order).
 */
const issueConforms = compileExactCheck(IssueSchema);

/** What became of one file. */
export type FileOutcome =
  | { kind: 'issue'; issue: Issue; fingerprint: Fingerprint; notes: Note[] }
  | { kind: 'rejected'; rejection: Rejection; notes: Note[] };

/**
 * The whole single-file pipeline: decode → normalize → strip boilerplate → header metadata →
 * appended article → pull quotes → segment → takeaways → metadata → validate. Pure and total:
 * it returns an issue or a rejection for any bytes, never throws.
 */
export function ingestFile(raw: RawFile, options: IngestOptions): FileOutcome {
  try {
    return withFoldCache(() => ingestUnchecked(raw, options));
  } catch (error) {
    const reason = `internal error while parsing (please report it with this file): ${(error as Error).message}`;
    return { kind: 'rejected', rejection: { file: raw.file, reason }, notes: [] };
  }
}

function ingestUnchecked(raw: RawFile, options: IngestOptions): FileOutcome {
  const notes: Note[] = [];
  // Keys in the schema's order (file, line, rule, message), as the exact check wants them.
  const note = (rule: string, message: string, line?: number) => notes.push({ file: raw.file, ...(line ? { line } : {}), rule, message });
  const reject = (reason: string): FileOutcome => ({ kind: 'rejected', rejection: { file: raw.file, reason }, notes });

  const stage = stageTimer(options.timings);
  const decoded = stage('decode', () => decode(raw.bytes, options.maxBytes ?? DEFAULT_MAX_BYTES));
  if (!decoded.ok) return reject(decoded.reason);
  decoded.notes.forEach((message) => note('decode', message));

  const sidecar = raw.sidecar ? parseSidecar(raw.sidecar.file, raw.sidecar.text) : { sidecar: {} as Sidecar, problems: [] };
  sidecar.problems.forEach((message) => note('sidecar', message));

  const text = stage('normalize', () => normalize(decoded.text));
  const ledger = new Ledger(text.split('\n'));
  const rule = detectPublisher(text, options.rules);
  const cue = takeawayCueMatcher(rule?.takeawayCues ?? NO_EXTRA_CUES);

  const lineUnits = stage('units', () => toUnits(text));
  const stripped = stage('strip', () => stripBoilerplate(lineUnits, [...(rule?.boilerplate ?? []), ...GENERIC_BOILERPLATE], ledger));
  const { facts, body: headerless } = stage('header', () => extractHeader(stripped.units, (t) => cue(t) !== null, ledger));
  // The text's own title marks where its article ends, whatever a sidecar calls the issue.
  const { units: articleUnits, appended } = stage('appended', () => splitAppended(headerless, facts.title, ledger));
  if (appended) {
    note('appended-article', `lines ${appended.firstLine}–${appended.lastLine} are another article the page carried ("${appended.title}"); not part of this issue, left out`, appended.firstLine);
  }
  const units = stage('pull-quotes', () => removePullQuotes(articleUnits, ledger));
  if (units.length === 0) return reject('no body text left after removing boilerplate and metadata lines');

  const classified = stage('classify', () => classify(units, cue));
  const drafts = stage('segment', () => segment(classified, ledger));
  drafts.forEach((draft) => (draft.blocks = unglueListNumbers(draft.blocks)));

  const bodyText = units.map((unit) => unit.text).join('\n');
  const meta = stage('metadata', () =>
    resolveMetadata({ file: raw.file, facts, blurbPublisher: publisherFromBlurbs(stripped.blurbs), rule, sidecar: sidecar.sidecar, bodyText }),
  );
  meta.problems.forEach((problem) => note(problem.rule, problem.message));
  if (meta.format === 'newsletter') stage('segment', () => inferTakeaways(drafts));

  const unaccounted = [...ledger.unaccounted(), ...ledger.doubleCounted()];
  if (unaccounted.length > 0) note('ledger', `lines not accounted for (a parser bug): ${unaccounted.join(', ')}`);

  const sha256 = createHash('sha256').update(raw.bytes).digest('hex');
  // Takeaways before the first heading (a summary box) belong to the issue, not a section.
  const issueLevel = drafts[0]?.heading === null ? drafts[0].takeaways.splice(0) : [];
  const kept = drafts.filter((draft) => draft.heading !== null || draft.blocks.length > 0);
  if (kept.length === 0) return reject('no body text: only a title and takeaways');
  const ids = sectionIds(kept.map((draft) => draft.heading));
  const sections = kept.map((draft, i) => ({
    id: ids[i],
    heading: draft.heading,
    blocks: draft.blocks,
    takeaways: draft.takeaways.map((takeaway) => ({ ...takeaway, sectionId: ids[i] })),
    related: [],
  }));
  const takeaways = [...issueLevel.map((takeaway) => ({ ...takeaway, sectionId: null })), ...sections.flatMap((section) => section.takeaways)];
  const statedTitle = meta.title;
  // Built in the schema's field order, so the exact check can keep it as it is.
  const candidate: Issue = {
    id: issueId(statedTitle, meta.date, sha256),
    title: statedTitle ?? fallbackTitle(bodyText, meta.series, meta.date),
    date: meta.date,
    publisher: meta.publisher,
    series: meta.series,
    format: meta.format,
    place: meta.place,
    week: meta.week,
    isoWeek: meta.isoWeek,
    category: meta.category,
    sentiment: meta.sentiment,
    impact: meta.impact,
    tags: meta.tags,
    lang: meta.lang,
    sections,
    takeaways,
    sources: [{ file: raw.file, sha256, similarity: 1 }],
    aliases: [],
    origin: { ...meta.origin, title: statedTitle === null ? 'fallback' : meta.origin.title },
    removed: ledger.removedInOrder(),
    notes,
  };
  let issue = candidate;
  if (!stage('validate', () => issueConforms(candidate))) {
    const parsed = stage('validate', () => IssueSchema.safeParse(candidate));
    if (!parsed.success) return reject(`does not fit the issue schema: ${formatZodIssues(parsed.error).join('; ')}`);
    issue = parsed.data;
  }
  return { kind: 'issue', issue, fingerprint: stage('fingerprint', () => fingerprint(issue)), notes };
}

/**
 * Shown when the text states no title, and labelled as a fallback (`origin.title`): the stated
 * series and date when there are both, else the first words of the text.
 */
function fallbackTitle(bodyText: string, series: string | null, date: string | null): string {
  if (series && date) return `${series}, ${date}`;
  const words = bodyText.split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
  return `Untitled: “${words}…”`;
}

/** Runs a stage, adding its time to `timings` when timing is on; free when it is off. */
function stageTimer(timings: Record<string, number> | undefined) {
  return <T>(name: string, run: () => T): T => {
    if (!timings) return run();
    const start = performance.now();
    try {
      return run();
    } finally {
      timings[name] = (timings[name] ?? 0) + performance.now() - start;
    }
  };
}
