/**
 * Timing one `astro build`, cold or warm, the same way for this site and the peer. Cold: dist/ and
 * the whole Astro cache directory (node_modules/.astro, with Vite's node_modules/.vite) are deleted
 * first, for both sides alike. Warm: an unchanged rebuild, with what the last build left.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { childEnv } from '../support/child-env';

/** This site with everything on (the defaults), and like for like with the peer (neither makes images nor PDFs). */
export const EVERYTHING_ON: Record<string, string> = {};
export const LIKE_FOR_LIKE: Record<string, string> = { PREVIEW_IMAGES: 'off', HANDOUT_PDFS: 'off' };

/** Deletes what a build leaves: its output and Astro's and Vite's caches. */
export function clearBuild(dir: string): void {
  for (const folder of ['dist', path.join('node_modules', '.astro'), path.join('node_modules', '.vite')]) {
    rmSync(path.join(dir, folder), { recursive: true, force: true });
  }
}

/** Builds the project in `dir` and returns the wall time in ms; throws with the output when it fails. */
export function timeBuild(dir: string, { env = EVERYTHING_ON, cold = false } = {}): number {
  if (cold) clearBuild(dir);
  const started = performance.now();
  const result = spawnSync(path.join(dir, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    env: childEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`astro build failed in ${dir}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  return performance.now() - started;
}
