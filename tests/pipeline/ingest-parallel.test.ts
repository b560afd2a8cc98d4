import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/pipeline';
import { generateCorpus } from '../../bench/synthetic-corpus';
import { ingestFolder as ingestInOneThread, RULES } from '../helpers/pipeline';

describe('ingestFolder with worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallel-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives exactly what one thread gives (ids, merges, text, rejections, notes)', async () => {
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
    const parallel = await ingestFolder(dir, { rules: RULES, workers: 2, onStart: (files, workers) => (started = [files, workers]), onProgress: (done) => (progress = done) });
    const single = await ingestInOneThread(dir);
    const listed = new Set(docs.map((doc) => doc.file)).size + 2;
    expect(started).toEqual([listed, 2]);
    expect(progress).toBe(listed);
    expect(parallel.duplicates.length).toBeGreaterThan(50);
    expect(parallel.rejected.map((r) => r.file)).toContain('a-b.txt');
    expect(parallel.notes.map((n) => n.file)).toContain('orphan.meta.yaml');
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
  });
});
