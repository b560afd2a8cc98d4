/**
 * Answers of pure text tests, remembered for the file being parsed. The stages ask the same
 * questions of the same lines (is it heading-like? is it prose?): at 10,000 files the shape tests
 * ran ~70 times a file on ~20 texts. Remembered only inside `withFileMemos` (one file's parse),
 * and forgotten at its start and end: a bound on memory, not a need. Outside it, a test is
 * simply run.
 */
const memos: Map<string, unknown>[] = [];
let depth = 0;

/** `test`, remembered per text while a file is parsed. */
export function memoisedPerFile<T>(test: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  memos.push(known);
  return (text) => {
    if (depth === 0) return test(text);
    let value = known.get(text);
    if (value === undefined) {
      value = test(text);
      known.set(text, value);
    }
    return value;
  };
}

/** Runs one file's parse with the memos empty, and empties them afterwards. */
export function withFileMemos<T>(run: () => T): T {
  if (depth === 0) for (const known of memos) known.clear();
  depth++;
  try {
    return run();
  } finally {
    depth--;
    if (depth === 0) for (const known of memos) known.clear();
  }
}
