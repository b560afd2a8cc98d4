/**
 * The kinds of evidence the stages weigh to decide a line's role, by name. Each can be left
 * out of a run (`IngestOptions.ablate`), so `npm run eval -- --ablate <name>` shows what it is
 * worth. A stage asks `uses(options, name)` before weighing a kind.
 */
export const EVIDENCE = [] as const satisfies readonly string[];

/** Whether a run weighs this kind of evidence (every kind, unless ablated). */
export function uses(ablate: readonly string[] | undefined, name: (typeof EVIDENCE)[number] | string): boolean {
  return !ablate?.includes(name);
}
