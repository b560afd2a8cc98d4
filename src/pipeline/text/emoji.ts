/**
 * An emoji or pictograph, as UTF-16 code units: a surrogate pair of the emoji planes, or a symbol
 * or dingbat of the BMP (U+2600–27BF). For patterns without the `u` flag: with it, a pair is one
 * code point and a class of halves matches neither.
 */
export const EMOJI_SOURCE = '(?:[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2600-\\u27BF])';
