/**
 * The parse outcomes kept between builds: saved and loaded whole, a few changes as a small
 * delta beside an untouched base, and nothing reused across code versions.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../src/pipeline';
import { OutcomeCache } from '../../src/runner';

const outcome = (file: string) => ({ kind: 'rejected', rejection: { file, reason: 'test' }, notes: [] }) as FileOutcome;
const keys = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const contents = (cache: OutcomeCache, of: string[]) => of.map((key) => cache.get(key));

function saved(n: number): { file: string; cache: OutcomeCache } {
  const file = join(mkdtempSync(join(tmpdir(), 'outcomes-')), 'outcomes.v8');
  const cache = OutcomeCache.load(file, 'code-1');
  for (const key of keys(n)) cache.set(key, outcome(key));
  cache.save(file);
  return { file, cache };
}

describe('OutcomeCache between builds', () => {
  it('loads what it saved', () => {
    const { file } = saved(30);
    const loaded = OutcomeCache.load(file, 'code-1');
    expect(contents(loaded, keys(30))).toEqual(keys(30).map(outcome));
    expect(loaded.changed).toBe(false);
  });

  it('saves a few changes as a delta, leaving the base as it was, and loads base and delta together', () => {
    const { file } = saved(30);
    const baseWritten = statSync(file).mtimeMs;
    const cache = OutcomeCache.load(file, 'code-1');
    cache.set('new', outcome('new'));
    cache.retain(new Set([...keys(29), 'new']));
    cache.save(file);
    expect(statSync(file).mtimeMs).toBe(baseWritten);
    expect(existsSync(`${file}.delta`)).toBe(true);
    const loaded = OutcomeCache.load(file, 'code-1');
    expect(contents(loaded, [...keys(29), 'new'])).toEqual([...keys(29), 'new'].map(outcome));
    expect(loaded.get('k29')).toBeUndefined();
  });

  it('writes the base again when the changes are many, and drops the delta', () => {
    const { file } = saved(30);
    const cache = OutcomeCache.load(file, 'code-1');
    cache.set('a', outcome('a'));
    cache.save(file);
    expect(existsSync(`${file}.delta`)).toBe(true);
    const next = OutcomeCache.load(file, 'code-1');
    for (const key of keys(10, 'm')) next.set(key, outcome(key));
    next.save(file);
    expect(existsSync(`${file}.delta`)).toBe(false);
    expect(contents(OutcomeCache.load(file, 'code-1'), ['a', ...keys(10, 'm')])).toEqual(['a', ...keys(10, 'm')].map(outcome));
  });

  it('ignores a delta made for another base, and everything saved by other code', () => {
    const { file } = saved(30);
    const cache = OutcomeCache.load(file, 'code-1');
    cache.set('a', outcome('a'));
    cache.save(file);
    // Another base written in its place (say, by a build of other code), the old delta left over.
    const other = OutcomeCache.load(join(file, '..', 'missing.v8'), 'code-1');
    other.set('b', outcome('b'));
    const delta = `${file}.delta`;
    const leftover = statSync(delta).size;
    other.save(`${file}.other`);
    writeFileSync(file, readFileSync(`${file}.other`));
    expect(statSync(delta).size).toBe(leftover);
    const loaded = OutcomeCache.load(file, 'code-1');
    expect(loaded.get('a')).toBeUndefined();
    expect(loaded.get('b')).toEqual(outcome('b'));
    expect(OutcomeCache.load(file, 'code-2').get('b')).toBeUndefined();
  });
});
