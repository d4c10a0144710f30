/**
 * The search index is copied from Astro's cache directory when every page it is made from and the
 * build's code are the last build's (src/integrations/pagefind.ts). It must never be stale: a rebuild
 * with nothing changed gives dist/ byte for byte as before, and after a guide's title or the build's
 * code changes, the index is made again and dist/ is byte for byte a cold build's.
 */
import { appendFile, rm } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project';
import { retitle } from '../support/retitle';

let project: TempProject | undefined;
afterAll(async () => project?.remove());

/** Every file under dist/ (dist-relative) with its bytes. */
function distFiles(dist: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => [path.relative(dist, file), readFileSync(file)]),
  );
}

/** The same files with the same bytes: the first differing file is named. */
function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [file, bytes] of expected) expect(actual.get(file)?.equals(bytes), file).toBe(true);
}

const FROM_CACHE = /Search index: \d+ of \d+ pages.*\(from the cache\)/;
const MADE = /Search index: \d+ of \d+ pages(?!.*\(from the cache\))/;

it('copies the search index only when nothing it is made from changed, and dist/ is always a cold build’s', async () => {
  project = await createTempProject();
  const { dir } = project;
  const dist = path.join(dir, 'dist');
  const build = async () => {
    const result = await project?.astro('build');
    expect(result?.code, result?.output).toBe(0);
    return result?.output ?? '';
  };
  const coldBuild = async () => {
    await rm(dist, { recursive: true, force: true });
    await rm(path.join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
    await rm(path.join(dir, 'node_modules', '.vite'), { recursive: true, force: true });
    return build();
  };

  expect(await coldBuild()).toMatch(MADE);
  const cold = distFiles(dist);
  const unchanged = await build();
  expect(unchanged).toMatch(FROM_CACHE);
  expectSameFiles(distFiles(dist), cold);

  // A changed page: the index is made again, and the site is the one a cold build makes.
  await retitle(dir, 'guides');
  expect(await build()).toMatch(MADE);
  const retitled = distFiles(dist);
  const index = (files: Map<string, Buffer>) => [...files].filter(([file]) => file.startsWith(`pagefind${path.sep}`));
  expect(index(retitled)).not.toEqual(index(cold));
  expect(await coldBuild()).toMatch(MADE);
  expectSameFiles(retitled, distFiles(dist));

  // Changed code with the same pages (a comment in the indexing step): made again, the same site.
  await appendFile(path.join(dir, 'src', 'integrations', 'pagefind.ts'), '\n// changed\n');
  expect(await build()).toMatch(MADE);
  expectSameFiles(distFiles(dist), retitled);
}, 600_000);
