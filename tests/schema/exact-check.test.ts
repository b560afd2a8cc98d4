/**
 * The exact check stands in for Zod on the ingest's hot path, so it must never say yes where
 * Zod would fail or would return something other than its input. Checked on real issues and
 * on thousands of mutated ones, against Zod itself.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { compileExactCheck, IssueSchema, type Issue } from '../../src/schema';
import { corpusWith, GROUPING_FIXTURES, ingestFolder, PARSING_FIXTURES } from '../helpers/pipeline';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 5000);
const issueConforms = compileExactCheck(IssueSchema);

/** JSON with key order and undefined values kept: what "Zod returned its input" means here. */
function exactly(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '(undefined)' : Number.isNaN(v) ? '(NaN)' : v));
}

/** Zod's verdict: passes, and returns a value equal to its input, keys in the same order. */
function zodKeepsAsIs(schema: z.ZodTypeAny, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success && exactly(parsed.data) === exactly(value);
}

const fixtures = [PARSING_FIXTURES, GROUPING_FIXTURES].flatMap((kind) => readdirSync(kind, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
const issues: Issue[] = (await ingestFolder(corpusWith(fixtures, 'exact-check-'))).issues;

/** Every place in a value (a path of keys and indexes), containers included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => paths(item, [...at, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...at, key])));
  return here;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra-key' } | { kind: 'reverse-keys' } | { kind: 'hole' };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.constantFrom<unknown>('', 'x', 'Trade', '2026-02-30', '2026-W06', 'abc-1', 'é', null, undefined, 0, -1, 0.5, 1, 2, 1.5, NaN, Infinity, true, [], {}, [''], { kind: 'paragraph', text: 'x' }, { kind: 'list', ordered: true, items: [] }, new Date(0)),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'extra-key' as const }),
  fc.constant({ kind: 'reverse-keys' as const }),
  fc.constant({ kind: 'hole' as const }),
);

function mutate(issue: Issue, path: (string | number)[], change: Mutation): unknown {
  const copy: unknown = structuredClone(issue);
  if (path.length === 0) return change.kind === 'set' ? change.value : copy;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  const key = path.at(-1)!;
  const target = parent[key];
  if (change.kind === 'set') parent[key] = change.value;
  else if (change.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
  else if (change.kind === 'extra-key' && target && typeof target === 'object' && !Array.isArray(target)) target.extra = 'x';
  else if (change.kind === 'reverse-keys' && target && typeof target === 'object' && !Array.isArray(target)) {
    parent[key] = Object.fromEntries(Object.entries(target).reverse());
  } else if (change.kind === 'hole' && Array.isArray(target)) target.length += 1;
  return copy;
}

describe('compileExactCheck', () => {
  it('passes every issue the pipeline makes from the sample corpus and the fixtures (the fast path is the one taken)', () => {
    expect(issues.length).toBeGreaterThan(10);
    for (const issue of issues) {
      expect(issueConforms(issue)).toBe(true);
      expect(zodKeepsAsIs(IssueSchema, issue)).toBe(true);
    }
  });

  it('says yes only where Zod passes and returns the input unchanged; mutated issues', () => {
    const cases = fc.integer({ min: 0, max: issues.length - 1 }).chain((i) =>
      fc.tuple(fc.constant(i), fc.constantFrom(...paths(issues[i])), mutation),
    );
    let rejected = 0;
    fc.assert(
      fc.property(cases, ([i, path, change]) => {
        const value = mutate(issues[i], path, change);
        const ours = issueConforms(value);
        if (ours) expect(zodKeepsAsIs(IssueSchema, value)).toBe(true);
        // The other way too, but for what the check leaves to Zod by design: an object with a
        // key set to undefined where the key may be left out.
        else if (zodKeepsAsIs(IssueSchema, value)) expect(exactly(value)).toContain('(undefined)');
        if (!ours) rejected++;
      }),
      { seed: 20261122, numRuns: RUNS },
    );
    // The mutations do reach the check: many of them break the issue.
    expect(rejected).toBeGreaterThan(RUNS / 3);
  });

  it('knows each kind of value it is given: checks of strings, numbers, arrays, unions', () => {
    const Schema = z.object({
      slug: z.string().min(2).max(4).regex(/^[a-z]+$/),
      score: z.number().int().positive().max(10),
      share: z.number().min(0).max(1).nullable(),
      tags: z.array(z.string()).min(1).max(2),
      mode: z.enum(['a', 'b']),
      on: z.boolean(),
      note: z.string().optional(),
      block: z.discriminatedUnion('kind', [z.object({ kind: z.literal('p'), text: z.string() }), z.object({ kind: z.literal('q'), n: z.number() })]),
    });
    const check = compileExactCheck(Schema);
    const good = { slug: 'abc', score: 3, share: null, tags: ['x'], mode: 'a', on: false, block: { kind: 'q', n: 1 } };
    expect(check(good)).toBe(true);
    expect(check({ ...good, note: 'n' })).toBe(false); // `note` is out of order here
    const { block, ...rest } = good;
    expect(check({ ...rest, note: 'n', block })).toBe(true);
    const bad: Record<string, unknown>[] = [
      { slug: 'a' }, { slug: 'abcde' }, { slug: 'AB' }, { score: 0 }, { score: 2.5 }, { score: 11 }, { score: NaN },
      { share: 1.01 }, { share: '0.5' }, { tags: [] }, { tags: ['x', 'y', 'z'] }, { mode: 'c' }, { on: 0 },
      { block: { kind: 'p', n: 1 } }, { block: { kind: 'r' } }, { block: null },
    ];
    for (const change of bad) {
      const value = { ...good, ...change };
      expect(check(value), JSON.stringify(change)).toBe(false);
      expect(Schema.safeParse(value).success, JSON.stringify(change)).toBe(false);
    }
  });

  it('refuses to compile what it does not know, so such a schema stays with Zod', () => {
    expect(() => compileExactCheck(z.string().email())).toThrow(/string check "email"/);
    expect(() => compileExactCheck(z.object({ a: z.string() }).passthrough())).toThrow(/only plain z.object/);
    expect(() => compileExactCheck(z.string().transform((s) => s.length))).toThrow(/ZodEffects is not supported/);
    expect(() => compileExactCheck(z.union([z.string(), z.number()]))).toThrow(/ZodUnion is not supported/);
  });
});
