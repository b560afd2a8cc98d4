/**
 * A rule's pattern behind a cheap test that every text the pattern matches passes. The
 * unanchored generic rules are tested on every line of every file and fail on nearly all of
 * them, each at about 2 ns a character; a pre-check of a few words fails the same lines in
 * half that. Source and flags stay the pattern's own; only `test` is given the short cut.
 */
export class PrecheckedPattern extends RegExp {
  readonly #full: RegExp;
  readonly #mayMatch: (text: string) => boolean;

  /** `mayMatch` must hold for every text `full` matches (a property test says so for each). */
  constructor(full: RegExp, mayMatch: (text: string) => boolean) {
    super(full.source, full.flags);
    this.#full = full;
    this.#mayMatch = mayMatch;
  }

  override test(text: string): boolean {
    return this.#mayMatch(text) && this.#full.test(text);
  }
}
