import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // The build test runs `astro build` once; give it room on a 2-core machine.
    testTimeout: 60_000,
    // One test file at a time: several files run `astro build` or `astro dev` in this project,
    // and Astro keeps generated files in the project's own .astro/ folder, which they would share.
    fileParallelism: false,
    hookTimeout: 240_000,
  },
});
