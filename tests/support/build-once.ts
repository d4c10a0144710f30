/**
 * Vitest global setup: build the site under test (tests/support/paths.ts: the repository, or the copy
 * HS_PROJECT names) once, before the build-output tests read its `dist/`.
 * Set SKIP_BUILD=1 to reuse an existing dist/ while working on tests.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { childEnv } from './child-env';
import { PROJECT } from './paths';

export default function setup(): void {
  if (process.env['SKIP_BUILD'] === '1') return;
  const started = Date.now();
  const result = spawnSync(path.join(PROJECT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: PROJECT,
    env: childEnv(),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`astro build failed before the tests could run:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`Built ${PROJECT} for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
