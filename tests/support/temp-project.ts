/**
 * A throwaway copy of the site with its own `content/`, for tests and benchmarks that must change
 * content without touching the real files. Code is the real site's: `src/` is copied, `public/` and
 * `node_modules/` are linked, so the copy builds exactly what the real site builds; Astro's cache lives in the copy.
 */
import { cp, mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { CONTENT, ROOT } from './paths';
import { applyClinicPatch } from './fixtures';
import { childEnv } from './child-env';

export interface TempProject {
  dir: string;
  /** Runs an Astro command in the copy; resolves with its exit code and everything it printed. */
  astro(...args: string[]): Promise<{ code: number; output: string }>;
  /** The same, with extra environment variables (for example CHROME_PATH). */
  astroWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; output: string }>;
  remove(): Promise<void>;
}

export async function createTempProject(): Promise<TempProject> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'holding-space-'));
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(ROOT, file), path.join(dir, file));
  }
  // src/ is copied, not linked: Astro cannot build a component's <script> reached through a linked
  // src/ (it looks for the compiled component under a path made of both the link and its target).
  await cp(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
  // public/ may not exist: the site's icons are drawn at build (src/integrations/clinic-identity.ts).
  if (existsSync(path.join(ROOT, 'public'))) await symlink(path.join(ROOT, 'public'), path.join(dir, 'public'), 'dir');
  // node_modules is a real folder of links, not one link: Astro keeps its content store in
  // node_modules/.astro and Vite its cache in node_modules/.vite, and copies built side by side
  // must not share (or overwrite) the real site's.
  await mkdir(path.join(dir, 'node_modules'));
  for (const entry of await readdir(path.join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    await symlink(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  await cp(CONTENT, path.join(dir, 'content'), { recursive: true });
  return {
    dir,
    astro: (...args) => runAstro(dir, args),
    astroWith: (env, ...args) => runAstro(dir, args, env),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

function runAstro(
  cwd: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(cwd, 'node_modules', '.bin', 'astro'), args, {
      cwd,
      // Handout PDFs are left out unless a test asks for them: they add seconds and no test here needs them.
      env: childEnv({ HANDOUT_PDFS: 'off', NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv }),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** One copy of the site, changed once and built once, shared by the tests of a file (sharedBuild). */
export interface SharedBuild {
  /** The copy, made and changed by whichever test asks first. */
  copy(): Promise<TempProject>;
  /** Its one build, made by whichever test asks first; the others wait for the same one. */
  build(): Promise<{ code: number; output: string; dist: string }>;
  remove(): Promise<void>;
}

/**
 * A copy changed by `prepare` and built with `env`, for a file whose tests each check a different part
 * of the same build: it is made once, whichever test runs first (or alone).
 */
export function sharedBuild(
  prepare: (project: TempProject) => Promise<void>,
  env: Record<string, string> = {},
): SharedBuild {
  let copy: Promise<TempProject> | undefined;
  let built: Promise<{ code: number; output: string; dist: string }> | undefined;
  const made = () =>
    (copy ??= createTempProject().then(async (project) => {
      await prepare(project);
      return project;
    }));
  return {
    copy: made,
    build: () =>
      (built ??= made().then(async (project) => ({
        ...(await project.astroWith(env, 'build')),
        dist: path.join(project.dir, 'dist'),
      }))),
    remove: async () => (await copy)?.remove(),
  };
}

/** Adds a file (for example a fixture guide) to the copy's content folder. */
export async function addContentFile(project: TempProject, relative: string, text: string): Promise<void> {
  const target = path.join(project.dir, 'content', relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
}

/** Applies a clinic-settings patch (see applyClinicPatch) to the copy's content/settings/clinic.yaml. */
export async function patchClinic(project: TempProject, patch: Record<string, unknown>): Promise<void> {
  const file = path.join(project.dir, 'content', 'settings', 'clinic.yaml');
  const settings = load(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, dump(applyClinicPatch(settings, patch)));
}
