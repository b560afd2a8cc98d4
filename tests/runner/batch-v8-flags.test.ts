/** The batch settings take effect when set at run time (V8 reads them at each collection). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** A process that keeps a share of what it allocates, so young collections happen and promote. */
const program = (tune: boolean) => `
  ${tune ? "const { tuneForBatch } = await import('./src/runner/batch-v8-flags.ts'); tuneForBatch();" : ''}
  console.log('START');
  const kept = [];
  for (let i = 0; i < 2e6; i++) { const o = { i, s: 'x' + i }; if (i % 8 === 0) kept.push(o); }
  console.log(kept.length);`;

/** The helper threads' milliseconds of each young collection (V8's --trace-gc-nvp lines). */
function helperMs(tune: boolean): number[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--trace-gc-nvp', '--input-type=module', '-e', program(tune)], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  // (Collections before it, while the loader starts, are not the setting's.)
  return [...run.stdout.slice(run.stdout.indexOf('START')).matchAll(/gc=s .*?background\.scavenge\.parallel=([\d.]+)/g)].map((m) => Number(m[1]));
}

describe('tuneForBatch', () => {
  it('leaves young collections to the collecting thread', () => {
    const tuned = helperMs(true);
    expect(tuned.length).toBeGreaterThan(3);
    expect(tuned.every((ms) => ms === 0)).toBe(true);
    // Without it, V8 sends helpers (so the check above can fail).
    expect(helperMs(false).some((ms) => ms > 0)).toBe(true);
  });
});

describe('tuneForBatch, the compiler settings', () => {
  it('sets the inlining budget and leaves array builtins uninlined, once', async () => {
    vi.resetModules();
    const set: string[] = [];
    vi.doMock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: (flag: string) => set.push(flag) }));
    const { tuneForBatch } = await import('../../src/runner/batch-v8-flags');
    tuneForBatch();
    tuneForBatch();
    expect(set).toEqual(['--max-inlined-bytecode-size-cumulative=100', '--no-turbo-inline-array-builtins', '--no-parallel-scavenge']);
    vi.doUnmock('node:v8');
  });
});
