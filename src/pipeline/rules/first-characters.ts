import type { BoilerplateRule } from '../../schema';
import { topLevelAlternatives } from '../text/first-character-alternation';

/**
 * The ASCII characters a match of `pattern` can start with, when every match starts at the
 * text's start (each top-level alternative opens on `^`); null when a match may start with any
 * character, or when the pattern is beyond this reading (a back-reference, `.`, a negated class,
 * `\p{…}`, the `m`, `g` or `y` flags). Only ASCII is answered for: a text opening on another
 * character is asked of every rule (see RulesByFirstCharacter), so non-ASCII members of a
 * pattern's first set matter only where they match ASCII text (with `iu`, U+017F ſ matches `s`
 * and U+212A the Kelvin sign matches `k`), and those are added as such.
 */
export function asciiStarts(pattern: RegExp): Set<number> | null {
  if (/[mgy]/.test(pattern.flags)) return null;
  const reading = { caseless: pattern.flags.includes('i'), unicode: pattern.flags.includes('u') };
  const starts = new Set<number>();
  for (const alternative of topLevelAlternatives(pattern.source)) {
    if (!alternative.startsWith('^')) return null;
    const first = sequenceStart(alternative, 1, alternative.length, reading);
    if (first === null || first.nullable) return null;
    for (const code of first.codes) starts.add(code);
  }
  if (reading.caseless) for (const code of [...starts]) if (isAsciiLetter(code)) starts.add(code ^ 0x20);
  return starts;
}

/**
 * Boilerplate rules sorted by the first character of the texts they may match: a text is
 * tested only against the rules whose pattern can start with its first character (in the
 * rules' own order), so a line opening on "T" is never asked whether it is "Skip to content".
 * The same rule matches as testing every rule in order; tests/pipeline/rules/first-characters.test.ts
 * holds each generic rule's first set to its pattern.
 */
export class RulesByFirstCharacter {
  readonly #byCode: BoilerplateRule[][];
  readonly #all: BoilerplateRule[];

  constructor(rules: readonly BoilerplateRule[]) {
    this.#all = [...rules];
    const starts = rules.map((rule) => asciiStarts(rule.pattern));
    this.#byCode = Array.from({ length: 128 }, (_, code) => rules.filter((_, i) => starts[i] === null || starts[i]!.has(code)));
  }

  /** The first rule (in order) that applies to a text of this length and whose pattern it matches. */
  matching(text: string): BoilerplateRule | undefined {
    const code = text.charCodeAt(0);
    // A loop, not `find`: a closure a call was ~60 MB of garbage at 10,000 files.
    for (const rule of code < 128 ? this.#byCode[code] : this.#all) if ((rule.maxChars === undefined || text.length <= rule.maxChars) && rule.pattern.test(text)) return rule;
    return undefined;
  }
}

interface Reading {
  caseless: boolean;
  unicode: boolean;
}

/** What a part of a pattern can start with: ASCII code units, and whether it can match nothing. */
interface Start {
  codes: Set<number>;
  nullable: boolean;
}

/**
 * The start of the sequence `source[from, to)`: the union of its items' starts up to the first
 * item that must match something. Null when any of those items may start with anything.
 */
function sequenceStart(source: string, from: number, to: number, reading: Reading): Start | null {
  const codes = new Set<number>();
  let i = from;
  while (i < to) {
    const item = itemAt(source, i, to, reading);
    if (item === null) return null;
    i = item.next;
    if (item.zeroWidth) continue;
    const quantifier = quantifierAt(source, i);
    i = quantifier.next;
    for (const code of item.start.codes) codes.add(code);
    if (!(item.start.nullable || quantifier.min === 0)) return { codes, nullable: false };
  }
  return { codes, nullable: true };
}

interface Item {
  start: Start;
  /** A zero-width assertion (`\b`, a lookaround, `^`): it consumes nothing, and what follows starts the match. */
  zeroWidth: boolean;
  next: number;
}

/** One atom of the pattern at `i`: a character, an escape, a class or a group. */
function itemAt(source: string, i: number, to: number, reading: Reading): Item | null {
  const c = source[i];
  if (c === '(') {
    const close = groupEnd(source, i);
    if (close === -1 || close > to) return null;
    const lookaround = /^\(\?<?[=!]/.exec(source.slice(i, i + 4));
    if (lookaround) return { start: none(), zeroWidth: true, next: close + 1 };
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(i));
    const open = source.startsWith('(?:', i) ? i + 3 : named ? i + named[0].length : source[i + 1] === '?' ? -1 : i + 1;
    if (open === -1) return null;
    const codes = new Set<number>();
    let nullable = false;
    let at = open;
    for (const alternative of topLevelAlternatives(source.slice(open, close))) {
      const start = sequenceStart(source, at, at + alternative.length, reading);
      if (start === null) return null;
      for (const code of start.codes) codes.add(code);
      nullable ||= start.nullable;
      at += alternative.length + 1;
    }
    return { start: { codes, nullable }, zeroWidth: false, next: close + 1 };
  }
  if (c === '[') return classAt(source, i, reading);
  if (c === '^') return { start: none(), zeroWidth: true, next: i + 1 };
  // `$` ends the match (what is before it may have matched nothing); `.` is anything; a
  // quantifier or brace here quantifies an assertion, or is beyond this reading.
  if (c === '$' || c === '.' || c === ')' || c === '|' || c === '?' || c === '*' || c === '+' || c === '{' || c === '}' || c === ']') return null;
  if (c === '\\') {
    const e = source[i + 1];
    if (e === 'b' || e === 'B') return { start: none(), zeroWidth: true, next: i + 2 };
    const escaped = escapeAt(source, i, reading);
    return escaped && { start: { codes: escaped.codes, nullable: false }, zeroWidth: false, next: escaped.next };
  }
  const code = source.codePointAt(i)!;
  return { start: { codes: codesOf(code, code, reading), nullable: false }, zeroWidth: false, next: i + (code > 0xffff && reading.unicode ? 2 : 1) };
}

/** A character class `[…]` at `i`; null when negated or holding an escape beyond this reading. */
function classAt(source: string, i: number, reading: Reading): Item | null {
  if (source[i + 1] === '^') return null;
  const codes = new Set<number>();
  let k = i + 1;
  while (k < source.length && source[k] !== ']') {
    let low: number;
    if (source[k] === '\\') {
      const escaped = escapeAt(source, k, reading, true);
      if (escaped === null) return null;
      k = escaped.next;
      if (escaped.single === null) {
        for (const code of escaped.codes) codes.add(code);
        continue;
      }
      low = escaped.single;
    } else {
      low = source.codePointAt(k)!;
      k += low > 0xffff && reading.unicode ? 2 : 1;
    }
    let high = low;
    if (source[k] === '-' && source[k + 1] !== ']' && k + 1 < source.length) {
      if (source[k + 1] === '\\') {
        const escaped = escapeAt(source, k + 1, reading, true);
        if (escaped === null || escaped.single === null) return null;
        high = escaped.single;
        k = escaped.next;
      } else {
        high = source.codePointAt(k + 1)!;
        k += 1 + (high > 0xffff && reading.unicode ? 2 : 1);
      }
    }
    for (const code of codesOf(low, high, reading)) codes.add(code);
  }
  if (k >= source.length) return null;
  return { start: { codes, nullable: false }, zeroWidth: false, next: k + 1 };
}

/**
 * The escape at `i` (`\d`, `\.`, `\u00e9`…): the ASCII codes it matches, its one character when
 * it stands for one (so a class range can use it), and where it ends. Null for the escapes
 * this reading leaves alone (`\D`, `\S`, `\W`, `\p{…}`, back-references).
 */
function escapeAt(source: string, i: number, reading: Reading, inClass = false): { codes: Set<number>; single: number | null; next: number } | null {
  const e = source[i + 1];
  if (e === undefined) return null;
  const set = (codes: number[]) => ({ codes: new Set(codes), single: null, next: i + 2 });
  const one = (code: number, next: number) => ({ codes: codesOf(code, code, reading), single: code, next });
  if (e === 'd') return set(range(48, 57));
  if (e === 'w') return set([...range(48, 57), ...range(65, 90), ...range(97, 122), 95, ...(reading.caseless && reading.unicode ? [0x73, 0x53, 0x6b, 0x4b] : [])]);
  if (e === 's') return set([9, 10, 11, 12, 13, 32]);
  if (e === 'n') return one(10, i + 2);
  if (e === 'r') return one(13, i + 2);
  if (e === 't') return one(9, i + 2);
  if (e === 'f') return one(12, i + 2);
  if (e === 'v') return one(11, i + 2);
  if (e === 'b' && inClass) return one(8, i + 2);
  if (e === 'u') {
    const braced = /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i));
    if (braced && reading.unicode) return one(parseInt(braced[1], 16), i + braced[0].length);
    const four = /^\\u([0-9a-fA-F]{4})/.exec(source.slice(i));
    return four ? one(parseInt(four[1], 16), i + 6) : null;
  }
  if (e === 'x') {
    const two = /^\\x([0-9a-fA-F]{2})/.exec(source.slice(i));
    return two ? one(parseInt(two[1], 16), i + 4) : null;
  }
  // Any other letter or digit escape (\D, \S, \W, \p{…}, \k<…>, \1, \c…) is beyond this reading.
  if (/[A-Za-z0-9]/.test(e)) return null;
  return one(e.charCodeAt(0), i + 2);
}

/** A quantifier at `i`, if any: its least count, and where it ends (a lazy `?` included). */
function quantifierAt(source: string, i: number): { min: number; next: number } {
  let min = 1;
  let next = i;
  const c = source[i];
  if (c === '?' || c === '*') [min, next] = [0, i + 1];
  else if (c === '+') next = i + 1;
  else if (c === '{') {
    const counted = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
    if (counted) [min, next] = [Number(counted[1]), i + counted[0].length];
  }
  if (next !== i && source[next] === '?') next++;
  return { min, next };
}

/** The index of the `)` closing the group that opens at `i`, or -1. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

/** The ASCII codes the characters `low`–`high` match (with `iu`, ſ and the Kelvin sign match `s` and `k`). */
function codesOf(low: number, high: number, reading: Reading): Set<number> {
  const codes = new Set<number>(range(low, Math.min(high, 127)));
  if (reading.caseless && reading.unicode) {
    if (low <= 0x17f && 0x17f <= high) codes.add(0x73);
    if (low <= 0x212a && 0x212a <= high) codes.add(0x6b);
  }
  return codes;
}

function range(low: number, high: number): number[] {
  return Array.from({ length: Math.max(0, high - low + 1) }, (_, k) => low + k);
}

function none(): Start {
  return { codes: new Set(), nullable: true };
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
