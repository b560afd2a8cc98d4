/**
 * Before a test run: give this run its own folder for test builds, and clear those of earlier
 * runs that have ended (another run going on at the same time keeps its own).
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const TEST_BUILDS = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'briefing-archive', 'test-builds');

export default function setup(): () => void {
  mkdirSync(TEST_BUILDS, { recursive: true });
  for (const entry of readdirSync(TEST_BUILDS)) {
    const pid = Number(/^run-(\d+)$/.exec(entry)?.[1]);
    if (!pid || !alive(pid)) rmSync(join(TEST_BUILDS, entry), { recursive: true, force: true });
  }
  const own = join(TEST_BUILDS, `run-${process.pid}`);
  mkdirSync(own, { recursive: true });
  // Read by projectTempDir (tests/helpers/site.ts) in the test workers, which inherit it.
  process.env.BRIEFINGS_TEST_BUILDS = own;
  return () => rmSync(own, { recursive: true, force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
