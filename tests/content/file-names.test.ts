/**
 * A guide's or handout's file name is its address, so two files that would share an address stop the
 * build, naming both, instead of one page silently replacing the other.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CONTENT } from '../support/paths';
import { addContentFile, createTempProject, type TempProject } from '../support/temp-project';

const projects: TempProject[] = [];
afterAll(async () => Promise.all(projects.map((project) => project.remove())));

it.concurrent(
  'Safety.mdx beside safety.mdx stops the build, naming both files',
  async () => {
    const project = await createTempProject();
    projects.push(project);
    await addContentFile(
      project,
      'guides/Safety.mdx',
      await readFile(path.join(CONTENT, 'guides', 'safety.mdx'), 'utf8'),
    );

    const { code, output } = await project.astro('sync');

    expect(code, output).not.toBe(0);
    expect(output).toContain(
      'content/guides/Safety.mdx: the file name is the page address, so it must be lowercase words joined by hyphens, such as safety.mdx; content/guides/safety.mdx already has that address',
    );
  },
  180_000,
);

it.concurrent(
  'a handout file name with capitals or underscores stops the build, suggesting one that works',
  async () => {
    const project = await createTempProject();
    projects.push(project);
    const handout = await readFile(path.join(CONTENT, 'handouts', 'getting-help.mdx'), 'utf8');
    await addContentFile(project, 'handouts/Getting_Help_Now.mdx', handout.replace(/^order: .*$/m, 'order: 99'));

    const { code, output } = await project.astro('sync');

    expect(code, output).not.toBe(0);
    expect(output).toContain('content/handouts/Getting_Help_Now.mdx: the file name is the page address');
    expect(output).toContain('such as getting-help-now.mdx');
  },
  180_000,
);
