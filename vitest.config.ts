import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests run under Playwright (`npm run test:browser`), never under Vitest.
    include: ['tests/{unit,content,build}/**/*.test.ts'],
    // Builds the real site once, so build-output tests read a fresh dist/.
    globalSetup: ['tests/support/build-once.ts'],
    // Many build tests wait on a child `astro build` of a throwaway copy; a third worker keeps both
    // cores busy meanwhile (measured on 2 cores: 107 s with Vitest's default, 82 s with 3).
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
