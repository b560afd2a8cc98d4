/** Any stage function of the chain. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stage = (...args: any[]) => any;

/**
 * The chain's stages, each adding its time (ms) to `timings` under its own name, for
 * `npm run bench`. Without `timings` the stages come back as they are, so timing costs nothing
 * when it is off. The wrapped stages are made once for each `timings` object (a run's, or a
 * worker's chunk's), not once a file: sixteen closures a file were the timing's own cost.
 */
export function timed<T extends Record<string, Stage>>(stages: T, timings: Record<string, number> | undefined): T {
  if (!timings) return stages;
  const made = wrappedFor.get(timings);
  if (made?.stages === stages) return made.wrapped as T;
  const wrapped: Record<string, Stage> = {};
  for (const [name, stage] of Object.entries(stages)) {
    wrapped[name] = (...args) => {
      const start = performance.now();
      try {
        return stage(...args);
      } finally {
        timings[name] = (timings[name] ?? 0) + performance.now() - start;
      }
    };
  }
  wrappedFor.set(timings, { stages, wrapped });
  return wrapped as T;
}

/** The wrapped stages made for each `timings` object (forgotten with it). */
const wrappedFor = new WeakMap<Record<string, number>, { stages: Record<string, Stage>; wrapped: Record<string, Stage> }>();
