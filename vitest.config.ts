import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests run under Playwright (`npm run test:browser`), never under Vitest.
    include: ['tests/{unit,content,build}/**/*.test.ts'],
    // Builds the real site once, so build-output tests read a fresh dist/.
    globalSetup: ['tests/support/build-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
