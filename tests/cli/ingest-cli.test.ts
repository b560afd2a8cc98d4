/** `npm run ingest` as DESIGN.md specifies it: flags, JSON report, summary, exit codes. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestResultSchema } from '../../src/schema';
import { RAW_DIR, ROOT } from '../helpers/pipeline';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const runWith = (env: Record<string, string>, ...args: string[]) => spawnSync(TSX, [join(ROOT, 'scripts', 'ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
const run = (...args: string[]) => runWith({}, ...args);

describe('npm run ingest', () => {
  it('writes the report and prints the file arithmetic for the sample corpus', () => {
    const json = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'report.json');
    const result = run('--input', RAW_DIR, '--json', json, '--strict');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/5 files read = 4 issues \+ 1 duplicates merged \+ 0 rejected/);
    expect(result.stdout).toContain('003_0a6bf08919da8192.txt: no title line found');
    const report = IngestResultSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(report.issues).toHaveLength(4);
    expect(report.duplicates).toHaveLength(1);
  });

  it('--strict exits non-zero when a file is rejected, and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    cpSync(RAW_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'empty.txt'), '');
    const strict = run('--input', dir, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('✗ empty.txt: file is empty');
    expect(strict.stdout).toMatch(/6 files read = 4 issues \+ 1 duplicates merged \+ 1 rejected/);
    expect(run('--input', dir).status).toBe(0);
  });

  it('fails clearly on a missing folder, a bad flag or a broken rules file', () => {
    expect(run('--input', '/nonexistent/briefings')).toMatchObject({ status: 2, stderr: expect.stringContaining('no such folder') });
    expect(run('--bogus')).toMatchObject({ status: 2, stderr: expect.stringContaining('usage:') });
    const rules = join(mkdtempSync(join(tmpdir(), 'rules-')), 'publishers.yaml');
    writeFileSync(rules, 'publishers:\n  - id: x\n');
    expect(run('--input', RAW_DIR, '--rules', rules)).toMatchObject({ status: 2, stderr: expect.stringContaining('publishers[0].name') });
  });

  it('reads the same settings as the build: BRIEFINGS_INPUT and BRIEFINGS_RULES, an empty one meaning unset', () => {
    const rules = join(mkdtempSync(join(tmpdir(), 'rules-')), 'publishers.yaml');
    writeFileSync(rules, 'publishers:\n  - id: x\n');
    expect(runWith({ BRIEFINGS_INPUT: RAW_DIR, BRIEFINGS_RULES: rules })).toMatchObject({ status: 2, stderr: expect.stringContaining('publishers[0].name') });
    expect(runWith({ BRIEFINGS_INPUT: '', BRIEFINGS_RULES: '' }).stdout).toMatch(/^Ingested content\/raw: 5 files read/m);
    expect(runWith({ BRIEFINGS_MAX_BYTES: '5MB' })).toMatchObject({ status: 2, stderr: 'BRIEFINGS_MAX_BYTES must be a positive whole number of bytes, not "5MB"\n' });
  });
});
