import type { KnipConfig } from 'knip';

/**
 * knip (run by `npm run check`) reports files, exports and packages nothing uses. Astro's pages,
 * content config, integrations and the tools' configs are found by knip's own plugins; listed here
 * are only the entry points they cannot know.
 */
const config: KnipConfig = {
  entry: [
    // Run by `npm run bench` and by hand.
    'tests/bench/*.ts',
    // The fixture practice's test run (`npm run test:fixture`, tests/support/fixture-practice.ts).
    'vitest.fixture.config.ts',
    // Found by html-validate at run time (tests/build/html-validate.test.ts).
    '.htmlvalidate.mjs',
    // Content is read by Astro's loaders (src/content.config.ts) and the test fixtures by the tests.
    'content/**/*.mdx',
    'tests/fixtures/**/*.mdx',
  ],
  project: ['src/**/*.{ts,astro,css}', 'tests/**/*.{ts,mdx}', 'content/**/*.mdx', '*.{js,mjs,cjs,ts}'],
  ignoreDependencies: [
    // Spelling dictionaries and word lists, loaded by file path (tests/support/spelling.ts).
    '@cspell/dict-en_us',
    '@cspell/dict-en-gb',
    '@cspell/dict-es-es',
    'american-british-english-translator',
    // The Node version npm scripts run with (package.json "engines").
    'node',
  ],
  // System tools: the nginx test makes a certificate with openssl (tests/support/nginx.ts); the contact
  // sheet draws printed pages with pdftoppm when it is installed (tests/screenshots/screenshots.ts).
  ignoreBinaries: ['openssl', 'pdftoppm'],
};

export default config;
