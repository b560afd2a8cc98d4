/**
 * The Content Layer loader goes through the same folder runner as the CLI: on a large folder
 * it parses on worker threads, and what it stores is what one thread gives.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus';
import { briefingsLoader } from '../../src/loader/briefings-loader';
import { MIN_FILES_FOR_WORKERS } from '../../src/runner';
import { ROOT } from '../helpers/pipeline';

/** Runs the loader once with the smallest context it uses; returns what it stored and logged. */
async function load(input: string, threads: number) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const log: string[] = [];
  const loader = briefingsLoader({ input, rules: join(ROOT, 'content', 'publishers.yaml'), maxBytes: 5 * 1024 * 1024, threads });
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    logger: { info: (m: string) => log.push(m), warn: (m: string) => log.push(m), error: (m: string) => log.push(m) },
    generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    config: { root: pathToFileURL(`${ROOT}/`) },
  };
  await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
  return { data: [...entries.values()].map((entry) => entry.data), log };
}

describe('briefingsLoader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loader-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests a large folder on more than one thread, storing what one thread gives', async () => {
    for (const doc of generateCorpus(MIN_FILES_FOR_WORKERS + 100, 11)) writeFileSync(join(dir, doc.file), doc.text);
    const threaded = await load(dir, 2);
    const single = await load(dir, 1);
    expect(threaded.log.some((line) => /on 2 threads/.test(line))).toBe(true);
    expect(single.log.some((line) => /threads/.test(line))).toBe(false);
    expect(threaded.data.length).toBeGreaterThan(500);
    expect(JSON.stringify(threaded.data)).toBe(JSON.stringify(single.data));
  });
});
