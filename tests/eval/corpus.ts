/**
 * The labelled eval corpus on disk: `corpus/<split>/<shape>--<name>.txt|.eml|.html`, each beside
 * `<same name>.labels.yaml`. See tests/eval/README.md for the label format.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';

/** Where the corpus lives. */
export const CORPUS_DIR = join(import.meta.dirname, 'corpus');

/** Raw documents by extension: pasted text, saved e-mails, saved pages. */
const RAW = /\.(?:txt|eml|html?)$/;

/** The input format of a document, for the per-format figures: txt, eml or html. */
export function formatOfDoc(file: string): 'txt' | 'eml' | 'html' {
  return file.endsWith('.eml') ? 'eml' : /\.html?$/.test(file) ? 'html' : 'txt';
}

/**
 * The splits: held-back documents are written first and never tuned against; tuning documents
 * are what extraction work looks at; incoming documents are written blind in new shapes and
 * scored as they come, before anyone works on them (they move to tuning when someone does).
 * Only held-back and tuning make the archive `all` and its floors.
 */
export const SPLITS = ['held-back', 'tuning', 'incoming'] as const;
export type Split = (typeof SPLITS)[number];

// YAML reads an unquoted 2024-11-19 as a string with the default (core) schema of the `yaml`
// package, so a plain regex check is enough; a Date would fail it and say so.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (yyyy-mm-dd)');

/** One document's labels: what a careful editor extracts from it. */
export const LabelsSchema = z
  .object({
    /** The document's kind, kebab-case (e.g. `substack-post`). */
    shape: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'shape must be kebab-case'),
    /** The headline as an editor would give it; null when the text states none. */
    title: z.string().min(1).nullable(),
    /** The stated publication date; null when none is stated. */
    date: isoDate.nullable(),
    /** Section headings verbatim, in order. */
    headings: z.array(z.string().min(1)),
    /** Lines (or distinctive substrings of 12+ characters) no reader may see. */
    junk: z.array(z.string().min(1)),
    /** The first words of each takeaway the text states explicitly. */
    takeaways: z.array(z.string().min(1)),
    /** Duplicate group: the same string on every copy of one briefing; null for none. */
    group: z.string().min(1).nullable(),
  })
  .strict();
export type Labels = z.output<typeof LabelsSchema>;

/** One labelled document. */
export interface EvalDoc {
  split: Split;
  /** Path relative to the folder the pipeline reads: `<split>/<file>.txt|.eml|.html`. */
  file: string;
  /** Absolute path of the raw text. */
  path: string;
  labels: Labels;
}

/** The documents of some splits, and what was wrong with any that could not be loaded. */
export interface LoadedCorpus {
  docs: EvalDoc[];
  problems: string[];
}

/**
 * Loads the documents of `splits`. A raw file without labels, labels without a raw file, or
 * labels that do not parse are reported in `problems` (never silently skipped or guessed).
 */
export function loadCorpus(splits: readonly Split[], root = CORPUS_DIR): LoadedCorpus {
  const docs: EvalDoc[] = [];
  const problems: string[] = [];
  for (const split of splits) {
    const dir = join(root, split);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).sort();
    for (const name of names) {
      if (name.endsWith('.labels.yaml')) {
        const stem = name.slice(0, -'.labels.yaml'.length);
        if (!names.some((other) => RAW.test(other) && other.replace(RAW, '') === stem)) problems.push(`${split}/${name}: no raw file ${stem}.txt|.eml|.html beside it`);
        continue;
      }
      if (!RAW.test(name)) continue;
      const labelsName = name.replace(RAW, '') + '.labels.yaml';
      if (!names.includes(labelsName)) {
        problems.push(`${split}/${name}: no ${labelsName} beside it`);
        continue;
      }
      const parsed = parseLabels(readFileSync(join(dir, labelsName), 'utf8'));
      if (!parsed.ok) {
        problems.push(`${split}/${labelsName}: ${parsed.error}`);
        continue;
      }
      docs.push({ split, file: `${split}/${name}`, path: join(dir, name), labels: parsed.labels });
    }
  }
  return { docs, problems };
}

/** Parses one labels file; the error names the field at fault. */
export function parseLabels(text: string): { ok: true; labels: Labels } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return { ok: false, error: `not valid YAML: ${(error as Error).message}` };
  }
  const result = LabelsSchema.safeParse(data);
  if (result.success) return { ok: true, labels: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, error: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
}
