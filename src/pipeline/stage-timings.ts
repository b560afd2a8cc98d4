/** Any stage function of the chain. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stage = (...args: any[]) => any;

/**
 * The chain's stages, each adding its time (ms) to `timings` under its own name, for
 * `npm run bench`. Without `timings` the stages come back as they are, so timing costs nothing
 * when it is off.
 */
export function timed<T extends Record<string, Stage>>(stages: T, timings: Record<string, number> | undefined): T {
  if (!timings) return stages;
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
  return wrapped as T;
}
