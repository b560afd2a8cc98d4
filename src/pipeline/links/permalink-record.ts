import { formatZodIssues, PermalinkRecordSchema, type PermalinkRecord } from '../../schema';

/** An empty record: no issue has been published yet. */
export const EMPTY_RECORD: PermalinkRecord = { version: 1, issues: {} };

/**
 * A permalink record that cannot be used. It stops the run: going on without it would give
 * published issues new ids, and writing it again would lose the old ones for good.
 */
export class PermalinkRecordError extends Error {
  constructor(file: string, problems: string[]) {
    super(
      `The permalink record ${file} cannot be used:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Fix the lines named (git diff shows what changed; git checkout restores the last committed record), then run again. ' +
        'It keeps every published link working: do not delete it unless you mean to give every issue a new URL.',
    );
    this.name = 'PermalinkRecordError';
  }
}

/** Reads a record's text; throws PermalinkRecordError naming the line of each problem. */
export function parsePermalinkRecord(text: string, file: string): PermalinkRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const where = position ? `line ${lineAt(text, Number(position[1]))}: ` : '';
    throw new PermalinkRecordError(file, [`${where}not valid JSON (${(error as Error).message})`]);
  }
  const parsed = PermalinkRecordSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PermalinkRecordError(file, parsed.error.issues.map((issue, i) => `${lineOfPath(text, issue.path)}${formatZodIssues(parsed.error)[i]}`));
  }
  const problems = [...duplicateKeys(text), ...idsClaimedTwice(text, parsed.data)];
  if (problems.length > 0) throw new PermalinkRecordError(file, problems);
  return parsed.data;
}

/** The record as text: keys sorted, one field a line, so `git diff` and merges stay readable. */
export function serializePermalinkRecord(record: PermalinkRecord): string {
  const issues = Object.fromEntries(Object.keys(record.issues).sort().map((id) => [id, record.issues[id]]));
  return `${JSON.stringify({ version: record.version, issues }, null, 2)}\n`;
}

/** An issue id written twice as a key: JSON.parse would keep the last silently. */
function duplicateKeys(text: string): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    const key = /^ {4}"([^"]+)": \{/.exec(line)?.[1];
    if (!key) return;
    if (seen.has(key)) problems.push(`line ${i + 1}: issue id "${key}" is recorded twice (also line ${seen.get(key)}); keep one entry and merge their "files" and "former"`);
    else seen.set(key, i + 1);
  });
  return problems;
}

/** An id (issue or former) that two entries claim, or a section id twice in one issue: a link would have two targets. */
function idsClaimedTwice(text: string, record: PermalinkRecord): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(record.issues)) {
    for (const claimed of [id, ...entry.former]) {
      const first = owner.get(claimed);
      if (first !== undefined && first !== id) problems.push(`line ${lineOf(text, `"${claimed}"`, 2)}: id "${claimed}" belongs to both "${first}" and "${id}"; remove it from one of them`);
      else owner.set(claimed, id);
    }
    const sectionIds = new Set<string>();
    for (const section of entry.sections) {
      for (const claimed of [section.id, ...section.former]) {
        if (sectionIds.has(claimed)) problems.push(`line ${lineOf(text, `"${id}"`)}: section id "${claimed}" appears twice in issue "${id}"; remove one`);
        sectionIds.add(claimed);
      }
    }
  }
  return problems;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Line of the `nth` occurrence of `needle` (1-based), or 1. */
function lineOf(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    const next = text.indexOf(needle, at + 1);
    if (next === -1) break;
    at = next;
  }
  return at === -1 ? 1 : lineAt(text, at);
}

/** "line N: " for the issue a Zod path points into, when it names one. */
function lineOfPath(text: string, path: (string | number)[]): string {
  return path[0] === 'issues' && typeof path[1] === 'string' ? `line ${lineOf(text, `"${path[1]}"`)}: ` : '';
}
