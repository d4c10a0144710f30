import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The generic tests, run against the fixture practice (`npm run test:fixture`, which sets HS_PROJECT
 * to a built copy of tests/fixtures/practice). Left out, because they test how the code handles bad
 * or changed content, never the content itself, and already run on the sample in `npm test`:
 */
const SAME_ON_ANY_CONTENT = [
  // Two more copies built to check redirect pages and the nginx recipe.
  'tests/build/hosting.test.ts',
  // A copy per bad fixture: the build refuses it, naming file and field.
  'tests/content/contract-build.test.ts',
  'tests/content/components.test.ts',
  'tests/content/content-rules.test.ts',
  'tests/content/file-names.test.ts',
  'tests/content/review-warning.test.ts',
  'tests/content/yaml-syntax.test.ts',
  // A copy with a bad interface words file: the build refuses it.
  'tests/content/ui-strings.test.ts',
  // A copy with changed interface words, sample: false and fixture guides: the pages show the changed
  // words, and the build warns of a medicine page no prescriber reviewed.
  'tests/content/practice-build.test.ts',
  // A copy with hundreds of synthetic guides: how long lists split does not depend on the practice.
  'tests/build/scale.test.ts',
];

export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/{build,content}/**/*.test.ts'],
    exclude: SAME_ON_ANY_CONTENT,
  },
});
