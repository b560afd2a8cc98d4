import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile, parseRules } from '../../src/pipeline';
import { ingestFolder as ingestWithRunner, type FolderOptions } from '../../src/runner';
import type { IngestResult, Issue } from '../../src/schema';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RAW_DIR = join(ROOT, 'content', 'raw');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');
/** Fixture folders by kind: how a file is parsed, and how copies are grouped. */
export const PARSING_FIXTURES = join(FIXTURES_DIR, 'parsing');
export const GROUPING_FIXTURES = join(FIXTURES_DIR, 'grouping');

/** The folder of a named fixture case, whichever kind it is. */
export function fixtureDir(name: string): string {
  const dir = [PARSING_FIXTURES, GROUPING_FIXTURES].map((kind) => join(kind, name)).find((path) => existsSync(path));
  if (!dir) throw new Error(`no fixture case named ${name} in tests/fixtures/parsing or tests/fixtures/grouping`);
  return dir;
}

/** The project's publisher rules, as the CLI and the loader load them. */
export const RULES = parseRules(readFileSync(join(ROOT, 'content', 'publishers.yaml'), 'utf8'), 'content/publishers.yaml');

/**
 * A fresh input folder: the sample corpus plus the input files of the named fixtures, each
 * renamed `<fixture>--<file>` so they cannot clash.
 */
export function corpusWith(fixtures: string[], prefix = 'corpus-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(RAW_DIR, dir, { recursive: true });
  for (const fixture of fixtures) {
    const from = join(fixtureDir(fixture), 'input');
    for (const file of readdirSync(from)) cpSync(join(from, file), join(dir, `${fixture}--${file}`));
  }
  return dir;
}

/** Ingests a folder through the one folder runner `npm run ingest` and the loader use, with the project's rules. */
export function ingestFolder(dir: string, options: Partial<FolderOptions> = {}): Promise<IngestResult> {
  return ingestWithRunner(dir, { rules: RULES, ...options });
}

/** Ingests one sample file of content/raw by name; fails the test if it is rejected. */
export function ingestSample(name: string): Issue {
  const outcome = ingestFile({ file: name, bytes: readFileSync(join(RAW_DIR, name)) }, { rules: RULES });
  if (outcome.kind !== 'issue') throw new Error(`${name} was rejected: ${outcome.rejection.reason}`);
  return outcome.issue;
}

/** Ingests a string as a file called `name`. */
export function ingestText(text: string, name = 'test.txt') {
  return ingestFile({ file: name, bytes: new TextEncoder().encode(text) }, { rules: RULES });
}

/** Every text a reader could see in an issue: title, headings, blocks, takeaways. */
export function visibleTexts(issue: Issue): string[] {
  return [
    issue.title,
    ...issue.sections.flatMap((section) => [
      section.heading ?? '',
      ...section.blocks.flatMap((block) => {
        switch (block.kind) {
          case 'paragraph':
          case 'quote':
            return [block.text];
          case 'list':
            return block.items;
          case 'figure':
            return [block.title, block.caption];
          case 'entities':
            return block.items.map((item) => item.name);
        }
      }),
    ]),
    ...issue.takeaways.map((takeaway) => takeaway.text),
  ];
}
