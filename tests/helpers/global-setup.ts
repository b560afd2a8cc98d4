/** Before a test run: clear the test builds of earlier runs (node_modules/.cache/…/test-builds). */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  rmSync(join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'briefing-archive', 'test-builds'), { recursive: true, force: true });
}
