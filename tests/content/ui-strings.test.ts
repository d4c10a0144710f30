/**
 * The interface words through Astro itself, on a throwaway copy of the site: a mistake in
 * content/ui/<lang>.yaml stops the build naming the file and the key. (A changed word is what the
 * built pages say: practice-build.test.ts.)
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project';
import { LANG, readUiData } from '../support/ui';

const projects: TempProject[] = [];
afterAll(async () => Promise.all(projects.map((project) => project.remove())));

/** A copy of the site whose words file has `change` made to it. */
async function projectWith(change: (words: Record<string, Record<string, unknown>>) => void): Promise<TempProject> {
  const project = await createTempProject();
  projects.push(project);
  const words = structuredClone(readUiData()) as Record<string, Record<string, unknown>>;
  change(words);
  await writeFile(path.join(project.dir, 'content', 'ui', `${LANG}.yaml`), dump(words));
  return project;
}

describe('astro and content/ui', () => {
  it.concurrent(
    'stops on a missing key and a misspelt placeholder, naming the file and each key',
    async () => {
      const project = await projectWith((words) => {
        delete words['header']?.['getHelp'];
        (words['footer'] ?? {})['contactHeading'] = 'Contact {clinc}';
      });
      const { code, output } = await project.astro('sync');
      expect(code, output).not.toBe(0);
      expect(output).toContain(`content/ui/${LANG}.yaml has 2 mistakes`);
      expect(output).toMatch(/header\.getHelp: is missing/);
      expect(output).toMatch(/footer\.contactHeading: \{clinc\} is not known here/);
    },
    180_000,
  );
});
