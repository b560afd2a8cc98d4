/** `npm run ingest` as DESIGN.md specifies it: flags, JSON report, summary, exit codes. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
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

  it('ends with the extraction table, the rejections and, last, the file arithmetic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    cpSync(RAW_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'empty.txt'), '');
    const lines = run('--input', dir).stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Extracted \(6 files, \d+ flagged\):$/);
    expect(lines[1]).toMatch(/^file +title \(from\) +date \(from\) +publisher +sec +tk +flags$/);
    expect(lines.find((line) => line.startsWith('000_e7298f76f3934d72.txt'))).toMatch(/copy of 001_cd2cf3c2f2888c79\.txt/);
    expect(lines.find((line) => line.startsWith('003_0a6bf08919da8192.txt'))).toMatch(/\(fallback\).*⚑ no title found/);
    const rejected = lines.indexOf('Rejected (1):');
    expect(lines[rejected + 1]).toBe('  ✗ empty.txt: file is empty');
    expect(rejected).toBeGreaterThan(lines.findIndex((line) => line.startsWith('Notes (')));
    expect(lines.at(-1)).toMatch(/^Ingested .*: 6 files read = 4 issues \+ 1 duplicates merged \+ 1 rejected$/);
  });

  it('--report writes the full table as Markdown, or as HTML for a .html name', () => {
    const out = mkdtempSync(join(tmpdir(), 'report-'));
    const md = run('--input', RAW_DIR, '--report', join(out, 'report.md'));
    expect(md.status).toBe(0);
    expect(md.stdout).toContain(`Extraction report written to ${join(out, 'report.md')}`);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toMatch(/^# Extraction report\n/);
    expect(markdown).toContain('| file | title (from) | date (from) | publisher | sections | takeaways | flags |');
    expect(markdown.split('\n').filter((line) => /^\| 00\d\\_/.test(line))).toHaveLength(5);
    expect(run('--input', RAW_DIR, '--report', join(out, 'report.html')).status).toBe(0);
    const tree = fromHtml(readFileSync(join(out, 'report.html'), 'utf8'));
    const rows: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'tr') rows.push(toString(node));
      expect(node.tagName).not.toBe('script');
    });
    expect(rows).toHaveLength(6);
    expect(rows.find((row) => row.startsWith('003_0a6bf08919da8192.txt'))).toContain('no title found');
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
