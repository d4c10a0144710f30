/**
 * The fixture practice (tests/fixtures/practice/): a second clinic, made as an overlay on the sample
 * content so it follows the sample's other files. Run as a script (`npm run test:fixture`), it builds
 * the practice in a throwaway copy of the site and runs the generic tests against it
 * (vitest.fixture.config.ts, with HS_PROJECT naming the copy), then removes the copy.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { FIXTURES, ROOT } from './paths';
import { createTempProject, type TempProject } from './temp-project';
import { childEnv } from './child-env';

const PRACTICE = path.join(FIXTURES, 'practice');
const OVERLAY = path.join(PRACTICE, 'overlay.yaml');

interface Overlay {
  /** Files and folders under content/ the practice does not publish. */
  remove: string[];
  /** Exact text in a sample file, and what the practice writes instead. */
  reword: { file: string; from: string; to: string }[];
}

/** Lays the practice over a copy of the sample content: its own files, then removals and rewordings. */
export async function applyOverlay(contentDir: string): Promise<void> {
  const overlay = load(await readFile(OVERLAY, 'utf8')) as Overlay;
  await cp(path.join(PRACTICE, 'content'), contentDir, { recursive: true });
  for (const file of overlay.remove) await rm(path.join(contentDir, file), { recursive: true });
  for (const [index, { file, from, to }] of overlay.reword.entries()) {
    const target = path.join(contentDir, file);
    const text = await readFile(target, 'utf8');
    if (!text.includes(from)) {
      throw new Error(
        `tests/fixtures/practice/overlay.yaml: reword.${index}: content/${file} no longer has "${from}"; choose other words of that file to reword`,
      );
    }
    await writeFile(target, text.replace(from, to));
  }
}

/** A throwaway copy of the site with the fixture practice's content, not yet built. */
export async function createFixturePractice(): Promise<TempProject> {
  const project = await createTempProject();
  await applyOverlay(path.join(project.dir, 'content'));
  return project;
}

async function main(): Promise<number> {
  const project = await createFixturePractice();
  console.log(`Fixture practice in ${project.dir}`);
  try {
    const result = spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'vitest'),
      ['run', '--config', 'vitest.fixture.config.ts', ...process.argv.slice(2)],
      {
        cwd: ROOT,
        stdio: 'inherit',
        // Handout PDFs are checked on the sample; printing them again would only add time.
        env: childEnv({ HS_PROJECT: project.dir, HANDOUT_PDFS: 'off' }),
      },
    );
    return result.status ?? 1;
  } finally {
    if (process.env['KEEP_FIXTURE'] !== '1') await project.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main();
}
