import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus';
import { NO_RULES } from '../../src/pipeline';
import { ingestFolder as ingestWithRunner, OutcomeCache } from '../../src/runner';
import { ingestFolder, RULES } from '../helpers/pipeline';

describe('ingestFolder: one lane, any number of threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallel-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives with worker threads exactly what one thread gives (ids, merges, text, rejections, notes)', async () => {
    // Enough files for workers to start (MIN_FILES_FOR_WORKERS), with copies to merge, a
    // sub-folder (listing order differs from name order), a file too large and an orphan sidecar.
    const docs = generateCorpus(900, 7);
    for (const doc of docs) writeFileSync(join(dir, doc.file), doc.text);
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'x.txt'), 'Nested Title\n\nA short body paragraph that says enough to be kept as a briefing.\n');
    writeFileSync(join(dir, 'a-b.txt'), 'x'.repeat(6 * 1024 * 1024));
    writeFileSync(join(dir, 'orphan.meta.yaml'), 'title: Nobody');
    let started: [number, number] = [0, 0];
    let progress = 0;
    const parallel = await ingestWithRunner(dir, { rules: RULES, threads: 2, onStart: (files, threads) => (started = [files, threads]), onProgress: (done) => (progress = done) });
    let singleThreads = 0;
    const single = await ingestFolder(dir, { threads: 1, onStart: (_files, threads) => (singleThreads = threads) });
    const listed = new Set(docs.map((doc) => doc.file)).size + 2;
    expect(started).toEqual([listed, 2]);
    expect(singleThreads).toBe(1);
    expect(progress).toBe(listed);
    expect(parallel.duplicates.length).toBeGreaterThan(50);
    expect(parallel.rejected.map((r) => r.file)).toContain('a-b.txt');
    expect(parallel.notes.map((n) => n.file)).toContain('orphan.meta.yaml');
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
  });
});

describe('ingestFolder with an outcome cache (the dev server)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const briefing = (title: string) => `${title}\n\nA paragraph long enough to read as prose about ${title}, with a full stop at the end.\n`;

  it('parses only new and changed files, forgets removed ones, and gives what a cold run gives', async () => {
    writeFileSync(join(dir, 'a.txt'), briefing('Alpha Report'));
    writeFileSync(join(dir, 'b.txt'), briefing('Beta Report'));
    writeFileSync(join(dir, 'd.txt'), briefing('Delta Report'));
    const cache = new OutcomeCache();
    const parsed: number[] = [];
    const run = () => ingestFolder(dir, { cache, onProgress: (done) => parsed.push(done) });
    await run();
    writeFileSync(join(dir, 'b.txt'), briefing('Beta Report Revised'));
    writeFileSync(join(dir, 'c.txt'), briefing('Gamma Report'));
    rmSync(join(dir, 'd.txt'));
    const warm = await run();
    const again = await run();
    // First run: 3 files parsed; second: only b (changed) and c (new) of a, b, c; third: none.
    expect(parsed).toEqual([3, 2]);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(await ingestFolder(dir)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(warm));
    expect(warm.issues.map((issue) => issue.title).sort()).toEqual(['Alpha Report', 'Beta Report Revised', 'Gamma Report']);
  });

  it('parses everything again when the rules change', async () => {
    const cache = new OutcomeCache();
    let parsed = 0;
    await ingestFolder(dir, { cache });
    await ingestFolder(dir, { cache, rules: NO_RULES, onProgress: (done) => (parsed = done) });
    expect(parsed).toBe(3);
  });
});
