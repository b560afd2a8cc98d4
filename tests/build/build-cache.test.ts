/**
 * `npm run build` skips a build when nothing it reads has changed, and builds again (only the
 * pages that changed) when a briefing changes.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWith, ROOT } from '../helpers/pipeline';
import { buildEnv, projectTempDir } from '../helpers/site';

const input = corpusWith([], 'cache-input-');
const outDir = projectTempDir('cache-site-');
const env = { ...buildEnv(), SITE_URL: '', BRIEFINGS_INPUT: input, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: projectTempDir('astro-cache-') };
const build = () => spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['--expose-gc', join(ROOT, 'scripts', 'build.ts'), '--outDir', outDir], { cwd: ROOT, env, encoding: 'utf8' });

describe('npm run build', () => {
  it('builds, then skips an unchanged rebuild, then rebuilds after a briefing changes', () => {
    const first = build();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Built .* in [\d.]+ s: \d+ pages rendered, 0 unchanged/);
    // SITE_URL is not set here: the build ends by saying what that affects and how to set it.
    expect(first.stderr).toMatch(/Warning: SITE_URL is not set, so canonical links, link previews \(og:url\), the RSS feed and the sitemap point at https:\/\/briefings\.example\.org\. Set it to the address you publish at/);
    const home = join(outDir, 'index.html');
    const builtAt = statSync(home).mtimeMs;

    const second = build();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/Nothing changed since the last build .* it is up to date/);
    expect(statSync(home).mtimeMs).toBe(builtAt);

    // Added to a file whose last lines are body text (004 ends in a methodology footer, which
    // would take the sentence with it, out of every published output).
    appendFileSync(join(input, '003_0a6bf08919da8192.txt'), '\nA further paragraph about cabbage exports was added to the report later, after it had been published on the site.\n');
    const third = build();
    expect(third.status).toBe(0);
    // Only the pages that show the changed issue are rendered again.
    const [, rendered, unchanged] = /(\d+) pages rendered, (\d+) unchanged/.exec(third.stdout)!.map(Number);
    expect(rendered).toBeGreaterThan(0);
    expect(unchanged).toBeGreaterThan(0);
    expect(readFileSync(join(outDir, 'issues.json'), 'utf8')).toContain('cabbage exports');
  });
});
