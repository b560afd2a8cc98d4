/**
 * Determinism: the same briefings give the same bytes in every file of `dist/`, search index
 * included — even when the second copy of the input sits at another path, was written in the
 * reverse order and has every file's modification time changed (as `touch` would).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusWith } from '../helpers/pipeline';
import { buildSite } from '../helpers/site';

let first: string;
let second: string;

/** The same files as `dir`, copied in reverse name order into a new folder and touched. */
function reorderedTouchedCopy(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'determinism-b-'));
  const later = new Date(Date.UTC(2031, 0, 1));
  for (const file of readdirSync(dir).sort().reverse()) {
    cpSync(join(dir, file), join(copy, file));
    utimesSync(join(copy, file), later, later);
  }
  return copy;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

beforeAll(() => {
  const input = corpusWith(['bilingual-en-zh', 'bottom-line-newsletter', 'distinct-same-series', 'dup-quote-style', 'sidecar-and-filename-date'], 'determinism-a-');
  first = buildSite(input);
  second = buildSite(reorderedTouchedCopy(input));
});

describe('two builds of the same briefings', () => {
  it('write the same files', () => {
    const files = listFiles(first);
    expect(files.some((file) => file.endsWith('.pf_filter'))).toBe(true);
    expect(listFiles(second)).toEqual(files);
  });

  it('write the same bytes in every file, search index included', () => {
    const differing = listFiles(first).filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
    expect(differing).toEqual([]);
  });
});
