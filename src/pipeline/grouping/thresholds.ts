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
 * What is compared: the body's prose zone. A piece (paragraph, list item, quote, takeaway; never
 * a heading, a figure or an entity list) is prose when it has at least PROSE_MIN_WORDS words and
 * ends like a sentence, or at least PROSE_LONG_WORDS words. The zone runs from the first prose
 * piece to the last; short pieces inside it (a digest's one-line items) are compared too, those
 * above and below it are not. Page furniture that survives stripping is short and unpunctuated
 * and sits around the prose ("Related News", a menu, a share bar, the next story's headline,
 * an edited headline of this one), so two copies of one story on two sites compare on the
 * story, not on the sites (the idea of jusText and boilerpipe). Chinese counts two characters a
 * word (CJK_CHARS_PER_WORD).
 */
export const PROSE_MIN_WORDS = 8;
export const PROSE_LONG_WORDS = 16;
/**
 * A body with less prose than this many words, or whose prose is less than MIN_PROSE_SHARE of
 * its words, is compared on all its text instead: a digest of one-line items, a notice of short
 * clauses. Its items are its content, and its only prose may be the series' blurb and footer,
 * which every issue shares. Where one copy of a briefing falls on each side, the prose of one is
 * still contained in the whole text of the other (MIN_CONTAINMENT).
 */
export const MIN_PROSE_WORDS = 40;
export const MIN_PROSE_SHARE = 0.5;

/**
 * Same briefing when the prose shingle sets' Jaccard similarity is at least this: re-saves,
 * quote style, reflow, paragraph splits, another site's furniture, a blurb or a forwarding note
 * on top all stay far above it (fixtures: 0.85–1.0; the eval's syndicated pairs 0.7–0.9);
 * different issues of one series, and two meetings under one headline, stay far below (< 0.1).
 */
export const MIN_JACCARD = 0.6;
/**
 * Or one copy holds the other (a truncated copy, an excerpt of a long newsletter, an article
 * republished with its own introduction): at least this share of the shorter copy's prose
 * shingles occur in the longer one. Excerpts with a sentence of their own (a "republished with
 * permission" line) measure 0.82–0.95; undated issues of one digest sharing blurb and footer,
 * 0.62 (fixture distinct-series-short-items); a follow-up repeating one story, 0.2–0.35.
 */
export const MIN_CONTAINMENT = 0.75;
/**
 * …and the shorter copy is at least this share of the longer one, or both start alike (heads
 * with Jaccard ≥ MIN_HEAD_JACCARD, as a truncated copy does). Below a fifth, a text found whole
 * in a longer one is more likely an article a digest reprinted as one of its items than an
 * excerpt of it; that story is still linked as "also covered in".
 */
export const MIN_EXCERPT_SHARE = 0.2;
export const MIN_HEAD_JACCARD = 0.6;
/** Below this many prose shingles a text is too short to call a copy on containment alone. */
export const MIN_SHINGLES_FOR_CONTAINMENT = 30;
/**
 * Containment candidates: LSH on Jaccard misses a short excerpt of a long text (their Jaccard is
 * the excerpt's share). So 1 in ANCHOR_RATE prose shingles, chosen by hash value (the same
 * shingles in every copy), are anchors; two files sharing at least MIN_SHARED_ANCHORS anchors are
 * candidates. An anchor found in more than MAX_ANCHOR_FILES files is template text (a series'
 * blurb, a footer) and proposes nothing: that keeps the pairs linear in the number of files.
 */
export const ANCHOR_RATE = 8;
export const MIN_SHARED_ANCHORS = 2;
export const MAX_ANCHOR_FILES = 16;
/**
 * Before the exact check, a candidate is dropped when its signatures agree in fewer than
 * MIN_SIGNATURE_AGREEMENT places and fewer than this share of the smaller anchor set is shared
 * (with at least MIN_ANCHORS_TO_ESTIMATE anchors; fewer say too little to drop a pair).
 */
export const MIN_ANCHOR_CONTAINMENT = 0.5;
export const MIN_ANCHORS_TO_ESTIMATE = 6;

/** Never merged: dated copies further apart than this (different issues of one series). */
export const MAX_DATE_GAP_DAYS = 3;

/**
 * The canonical copy is the most complete one: its prose shingle count, times this when its text
 * stops mid-sentence, is the largest. A truncated copy with a few more words of its own (a note
 * on top) does not win over the complete text; a copy with much more text does.
 */
export const INCOMPLETE_WEIGHT = 0.85;
/**
 * A forwarded e-mail counts this share of its size when the canonical copy is chosen: what it
 * has beyond the briefing is the forwarder's note on top ("see item 1 before Thursday"), which
 * is private and not the briefing. With a note of up to about two fifths of the text it loses
 * to the clean copy (fixture dup-forward-with-note), and to a clean copy cut near its end; it
 * wins over a clean copy holding less than about 80% of the briefing.
 */
export const FORWARDED_WEIGHT = 0.7;
/** The last piece of at least this many words decides whether a text ends on a complete sentence (shorter ones are furniture). */
export const COMPLETE_MIN_WORDS = 4;

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
