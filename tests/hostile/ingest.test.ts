/**
 * `npm run ingest` on the hostile corpus: every case ends as its stated outcome, the report's
 * arithmetic holds, `--strict` fails with the list of problems, and ids never collide nor move
 * when an unrelated file comes or goes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult, Issue } from '../../src/schema';
import { HOSTILE_CASES, writeHostileCorpus } from '../helpers/hostile-corpus';
import { ingestFolder, ROOT, visibleTexts } from '../helpers/pipeline';

let corpus: string;
let report: IngestResult;
let run: { status: number | null; stdout: string; stderr: string };

function ingestCli(args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const issueOf = (file: string): Issue | undefined => report.issues.find((issue) => issue.sources.some((source) => source.file === file));

beforeAll(() => {
  corpus = writeHostileCorpus();
  const json = join(mkdtempSync(join(tmpdir(), 'hostile-report-')), 'report.json');
  run = ingestCli(['--input', corpus, '--json', json]);
  report = JSON.parse(readFileSync(json, 'utf8'));
});

describe('ingesting the hostile corpus', () => {
  it('succeeds by default and prints every problem', () => {
    expect(run.status).toBe(0);
    for (const rejected of report.rejected) expect(run.stdout).toContain(`✗ ${rejected.file}: ${rejected.reason}`);
  });

  for (const expected of HOSTILE_CASES) {
    it(`${expected.file}: ${expected.outcome}${expected.outcome === 'rejected' ? ` (${expected.reason.source})` : ''}`, () => {
      const rejection = report.rejected.find((r) => r.file === expected.file);
      const issue = issueOf(expected.file);
      if (expected.outcome === 'rejected') {
        expect(issue).toBeUndefined();
        expect(rejection?.reason).toMatch(expected.reason);
        return;
      }
      expect(rejection).toBeUndefined();
      expect(issue).toBeDefined();
      if (expected.title) expect(issue!.title).toBe(expected.title);
      if (expected.note) expect(report.notes.filter((note) => note.file === expected.file).map((note) => note.message).join('\n')).toMatch(expected.note);
      const texts = visibleTexts(issue!).join('\n');
      for (const text of expected.visible ?? []) expect(texts).toContain(text);
      for (const text of expected.absent ?? []) expect(texts).not.toContain(text);
    });
  }

  it('accounts for every file once: read = issues + merged duplicates + rejected', () => {
    const places = [...report.issues.flatMap((issue) => issue.sources.map((source) => source.file)), ...report.rejected.map((r) => r.file)].sort();
    expect(places).toEqual(HOSTILE_CASES.map((c) => c.file).sort());
    expect(run.stdout).toMatch(new RegExp(`${places.length} files read = ${report.issues.length} issues \\+ ${report.duplicates.length} duplicates merged \\+ ${report.rejected.length} rejected`));
  });

  it('--strict exits non-zero and lists the problems', () => {
    const strict = ingestCli(['--input', corpus, '--strict']);
    expect(strict.status).toBe(1);
    for (const rejected of report.rejected) expect(strict.stdout + strict.stderr).toContain(rejected.file);
  });

  it('never gives two issues one id, even with the same title and date', () => {
    const ids = report.issues.map((issue) => issue.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(issueOf('same-title-a.txt')!.id).not.toBe(issueOf('same-title-b.txt')!.id);
  });
});

describe('ids', () => {
  it('stay the same when an unrelated file is added or removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'));
    cpSync(join(ROOT, 'tests', 'fixtures', 'hostile'), dir, { recursive: true });
    const idsByFile = (result: IngestResult) => new Map(result.issues.flatMap((issue) => issue.sources.map((s) => [s.file, issue.id] as const)));
    const before = idsByFile(await ingestFolder(dir));

    writeFileSync(join(dir, 'unrelated.txt'), 'Unrelated Review\nParis, 20 March 2026\n\nNews\nA new file about fisheries that resembles nothing else here.\n');
    rmSync(join(dir, 'rtl-and-cjk.txt'));
    const after = idsByFile(await ingestFolder(dir));

    for (const [file, id] of before) if (file !== 'rtl-and-cjk.txt') expect({ file, id: after.get(file) }).toEqual({ file, id });
    expect(after.has('unrelated.txt')).toBe(true);
  });
});
