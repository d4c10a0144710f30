/**
 * A guide's or handout's file name is its address, so two files that would share an address stop the
 * build, naming both, instead of one page silently replacing the other.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

import { CONTENT } from '../support/paths';
import { addContentFile, createTempProject, type TempProject } from '../support/temp-project';
import { pageFilesIn } from '../support/page-files';

/** The first page file of a content folder: any content has one, whatever it is called. */
const firstFile = (folder: string) => pageFilesIn(path.join(CONTENT, folder))[0] ?? '';
const guide = firstFile('guides');
/** The same name in capitals at the start of each word: a second file at the same address. */
const capitalized = guide.replace(
  /(^|-)([a-z])/g,
  (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`,
);

const projects: TempProject[] = [];
afterAll(async () => Promise.all(projects.map((project) => project.remove())));

it.concurrent(
  `${capitalized} beside ${guide} stops the build, naming both files`,
  async () => {
    const project = await createTempProject();
    projects.push(project);
    await addContentFile(project, `guides/${capitalized}`, await readFile(path.join(CONTENT, 'guides', guide), 'utf8'));

    const { code, output } = await project.astro('sync');

    expect(code, output).not.toBe(0);
    expect(output).toContain(
      `content/guides/${capitalized}: the file name is the page address, so it must be lowercase words joined by hyphens, such as ${guide}; content/guides/${guide} already has that address`,
    );
  },
  180_000,
);

it.concurrent(
  'a handout file name with capitals or underscores stops the build, suggesting one that works',
  async () => {
    const project = await createTempProject();
    projects.push(project);
    const handout = await readFile(path.join(CONTENT, 'handouts', firstFile('handouts')), 'utf8');
    await addContentFile(project, 'handouts/Getting_Help_Now.mdx', handout.replace(/^order: .*$/m, 'order: 99'));

    const { code, output } = await project.astro('sync');

    expect(code, output).not.toBe(0);
    expect(output).toContain('content/handouts/Getting_Help_Now.mdx: the file name is the page address');
    expect(output).toContain('such as getting-help-now.mdx');
  },
  180_000,
);
