/**
 * `npm run dev` survives bad input: with the dev server running, a binary file dropped into the
 * input folder is reported in the server's output while every page keeps working; when the
 * file is fixed it appears as an issue, and when it is removed the issue goes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusWith, ROOT } from '../helpers/pipeline';
import { buildEnv } from '../helpers/site';

let server: ChildProcess;
let output = '';
let base = '';
let input: string;

/** Polls until `check` passes (the watcher is debounced, the content layer re-syncs). */
async function eventually(check: () => Promise<void> | void, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

const home = async () => {
  const response = await fetch(base);
  return { status: response.status, html: await response.text() };
};

beforeAll(async () => {
  input = corpusWith([], 'dev-input-');
  server = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...buildEnv(), BRIEFINGS_INPUT: input, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Colours are stripped so the checks read the text a maintainer sees.
  const collect = (chunk: Buffer) => (output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  await eventually(() => {
    const match = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
    if (!match) throw new Error(`dev server not ready:\n${output}`);
    base = match[1];
  }, 120_000);
  await eventually(async () => expect((await home()).html).toContain('Weekly China Insight'));
}, 180_000);

afterAll(() => {
  server?.kill('SIGTERM');
});

describe('the dev server with bad input', () => {
  it('reports a binary file and keeps serving every page', async () => {
    writeFileSync(join(input, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await eventually(() => expect(output).toMatch(/rejected scan\.txt: file is a PNG image, not text/));
    const page = await home();
    expect(page.status).toBe(200);
    expect(page.html).toContain('Weekly China Insight');
  });

  it('shows the file as an issue once it is fixed', async () => {
    writeFileSync(join(input, 'scan.txt'), 'Fixed Scan Review\nBeijing, 20 February 2026\n\nNews\nThe file was re-saved as text and now reads as a briefing.\n');
    await eventually(async () => expect((await home()).html).toContain('Fixed Scan Review'));
  });

  it('drops the issue when the file is removed', async () => {
    rmSync(join(input, 'scan.txt'));
    await eventually(async () => expect((await home()).html).not.toContain('Fixed Scan Review'));
    expect(server.exitCode).toBeNull();
  });
});
