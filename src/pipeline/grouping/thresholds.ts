/**
 * Every number that decides whether two briefings are copies of one another, in one place.
 * The fixtures in tests/fixtures/grouping/ pin them: each positive case must merge, each
 * negative case must not. `npm run bench` measures precision and recall on a synthetic corpus.
 */

/** Words per shingle for whole briefings: 5-word runs rarely repeat by chance between texts. */
export const SHINGLE_WORDS = 5;
/** Words per shingle for sections: shorter, because sections are short. */
export const SECTION_SHINGLE_WORDS = 3;
/** The head of a briefing, in shingles: truncated copies share it even when their tails differ. */
export const HEAD_SHINGLES = 60;

/** MinHash bins (one-permutation hashing) for the whole text, and for the head and sections. Powers of two. */
export const PERMUTATIONS = 128;
export const SMALL_PERMUTATIONS = 64;
/**
 * LSH banding, whole text: 32 bands of 4 rows. Two texts with Jaccard similarity s become
 * candidates with probability 1 − (1 − s⁴)³²: 0.99 at s = 0.6, 0.87 at s = 0.5, 0.02 at s = 0.2.
 */
export const BANDS = 32;
export const ROWS = 4;
/** Heads: 16 bands of 4 rows (identical heads of truncated copies always collide). */
export const HEAD_BANDS = 16;
/**
 * Sections: 16 bands of 4 rows: candidates with probability 0.98 at s = 0.7, 0.64 at s = 0.5,
 * 0.03 at s = 0.2, then checked exactly. Lower thresholds flood the check with sections that
 * merely share stock phrases ("according to people familiar with the matter").
 */
export const SECTION_BANDS = 16;
export const SECTION_ROWS = 4;

/**
 * Same briefing when the shingle sets' Jaccard similarity is at least this: re-saves, quote
 * style, reflow, paragraph splits, different page junk and a blurb left in all stay far above it
 * (fixtures: 0.85–1.0); different issues of one series stay far below (< 0.1).
 */
export const MIN_JACCARD = 0.6;
/**
 * Or a truncated copy: at least this share of the shorter copy's shingles occur in the longer
 * one (containment), the shorter one is at least MIN_TRUNCATED_SHARE of the longer one, and
 * its text starts where the longer one starts (they share the head).
 */
export const MIN_CONTAINMENT = 0.9;
export const MIN_TRUNCATED_SHARE = 0.4;
export const MIN_HEAD_JACCARD = 0.6;
/** Below this many shingles a text is too short to call a copy on containment alone. */
export const MIN_SHINGLES_FOR_CONTAINMENT = 30;

/** Never merged: dated copies further apart than this (different issues of one series). */
export const MAX_DATE_GAP_DAYS = 3;
/** Never merged unless nearly identical: two stated titles sharing fewer words than this… */
export const MIN_TITLE_WORD_JACCARD = 0.5;
/** …where nearly identical means at least this Jaccard similarity (a re-titled syndication). */
export const RETITLED_MIN_JACCARD = 0.85;

/**
 * "Also covered in": a section of another issue whose 3-word shingles overlap this much covers
 * the same story in largely the same words (a repeat in a follow-up issue, a syndicated item).
 * Differently worded coverage of one event is not detectable this way and is not claimed.
 */
export const MIN_SECTION_JACCARD = 0.5;
export const MIN_SECTION_CONTAINMENT = 0.7;
/**
 * Before the exact check, pairs whose signatures agree in fewer than this share of places are
 * dropped: the estimate is off by more than this margin only with negligible probability.
 */
export const MIN_SIGNATURE_AGREEMENT = 0.25;
/** Sections shorter than this many words are not compared (a one-line item says too little). */
export const MIN_SECTION_WORDS = 40;
