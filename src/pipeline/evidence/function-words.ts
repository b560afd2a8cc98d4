/**
 * Function-word density: the share of a line's words that are grammar words ("the", "of",
 * "that"; in Chinese the particles and prepositions 的, 了, 在, 对…, counted by character).
 *
 * Why: running prose is full of them whatever its subject or publisher; menus, labels, names,
 * buttons and headlines have few (the idea behind jusText's stop-word density). It is the
 * cheapest feature that tells body prose from page furniture without knowing any site's words.
 *
 * Weight: a line is body prose (see `isBodyProse`) only when it is long AND dense enough; that
 * decides the body zone (zones.ts), and so what counts as furniture above and below it.
 */
import { uses } from '../evidence';

const EN_FUNCTION_WORDS = new Set(
  ('a an the of to in on at by for from with as and or but nor so if than that which who whom whose what when where while ' +
    'this these those there their its it is are was were be been being has have had do does did will would shall should ' +
    'can could may might must not no into onto over under about after before between through during against among ' +
    'he she they we you i his her our your them us him also only more most such other any each all both some').split(' '),
);
/** Chinese grammar characters: particles, prepositions, conjunctions, common auxiliaries. */
const ZH_FUNCTION_CHARS = new Set('的了在是和与对为将把被等也并而及其这之于以中有不要从到上个们就都着所已还或但由向'.split(''));
const HAN = /[\u3400-\u9fff]/gu;

/** Fewest words (Latin) or Han characters for a line to count as body prose. */
const MIN_PROSE_WORDS = 12;
/** (Counted over the sampled start of the line: a long line has at least this many there.) */
const MIN_PROSE_HAN = 25;
/** Least function-word share of body prose: English prose runs at 0.4–0.55, menus near 0. */
const MIN_EN_DENSITY = 0.25;
/** Chinese prose runs at 0.08–0.15 grammar characters; headlines and link lists lower. */
const MIN_ZH_DENSITY = 0.05;

/** Words sampled from a line's start: enough to judge its register, and cheap on long lines. */
const SAMPLE_CHARS = 240;
const WORD = /[A-Za-z\u00c0-\u024f']+/g;
/** The longest function word: a longer word is not looked up. */
const MAX_FUNCTION_WORD = Math.max(...[...EN_FUNCTION_WORDS].map((word) => word.length));

/**
 * Share of words (English) that are function words, over the line's first words: the runs of
 * `[A-Za-z\u00c0-\u024f']` in its first SAMPLE_CHARS code units (see `englishDensityByRegExp`,
 * which tests/pipeline hold this to). A scan of code units: this runs on the lines at both ends
 * of every file's body, and matching each word and lower-casing it made four strings a word.
 * A word with a letter outside ASCII lower-cases to one outside ASCII, so only ASCII words as
 * short as a function word are looked up.
 */
export function englishDensity(text: string): { words: number; density: number } {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let words = 0;
  let grammar = 0;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (!isWordUnit(code)) break;
      if (code > 127) ascii = false;
    }
    words++;
    if (ascii && i - start <= MAX_FUNCTION_WORD && EN_FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) grammar++;
  }
  return { words, density: words === 0 ? 0 : grammar / words };
}

/** Whether a code unit is in `[A-Za-z\u00c0-\u024f']`. */
function isWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || (code >= 0xc0 && code <= 0x24f);
}

/** The definition `englishDensity` computes, with a regular expression (for the tests). */
export function englishDensityByRegExp(text: string): { words: number; density: number } {
  let words = 0;
  let grammar = 0;
  for (const match of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    words++;
    if (EN_FUNCTION_WORDS.has(match[0].toLowerCase())) grammar++;
  }
  return { words, density: words === 0 ? 0 : grammar / words };
}

/**
 * Chinese policy prose can be noun-heavy ("清单内数据出境无需再申报安全评估") and fall under the
 * density line; three clause marks (，。；！？) in the sampled start still say "sentences", which
 * headlines, menus and link lists never have.
 */
const MIN_ZH_CLAUSES = 3;
const ZH_CLAUSE_MARK = /[，。；！？]/gu;

function zhClauses(text: string): number {
  return text.slice(0, SAMPLE_CHARS).match(ZH_CLAUSE_MARK)?.length ?? 0;
}

/** Share of Han characters that are grammar characters. */
export function chineseDensity(text: string): { han: number; density: number } {
  const han = text.slice(0, SAMPLE_CHARS).match(HAN);
  if (!han) return { han: 0, density: 0 };
  let grammar = 0;
  for (const ch of han) if (ZH_FUNCTION_CHARS.has(ch)) grammar++;
  return { han: han.length, density: grammar / han.length };
}

/**
 * Body prose: a long line written in sentences. With `function-words` ablated, length alone
 * decides (which lets long menus and footers into the body zone).
 */
export function isBodyProse(text: string, ablate: readonly string[] | undefined): boolean {
  if (text.length < 40) return false;
  const useDensity = uses(ablate, 'function-words');
  if (/[\u3400-\u9fff]/u.test(text)) {
    const zh = chineseDensity(text);
    if (zh.han >= MIN_PROSE_HAN) return !useDensity || zh.density >= MIN_ZH_DENSITY || zhClauses(text) >= MIN_ZH_CLAUSES;
  }
  const en = englishDensity(text);
  return en.words >= MIN_PROSE_WORDS && (!useDensity || en.density >= MIN_EN_DENSITY);
}
