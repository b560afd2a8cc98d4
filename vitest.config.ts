import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The build test runs `astro build` once; give it room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
