/** The state a build leaves for the next: read back as written, gone once a build starts changing the site. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { forgetBuildState, readBuildState, stateFiles, writeBuildState } from '../../src/build/build-state';

describe('build state', () => {
  it('is read back as written, and none after it is forgotten (a build that then fails leaves a cold start)', () => {
    const dir = mkdtempSync(`${tmpdir()}/build-state-`);
    expect(readBuildState(dir)).toBeNull();
    const state = { pages: { 'index.html': 'abc' }, files: ['index.html', '_astro/a.css'] };
    writeBuildState(dir, state);
    expect(readBuildState(dir)).toEqual(state);
    forgetBuildState(dir);
    expect(readBuildState(dir)).toBeNull();
  });

  it('takes an unreadable state for none', () => {
    const dir = mkdtempSync(`${tmpdir()}/build-state-`);
    writeBuildState(dir, { pages: {}, files: [] });
    writeFileSync(stateFiles(dir).state, '{ half');
    expect(readBuildState(dir)).toBeNull();
  });
});
