/**
 * The synonyms file through the real build: a `means` that no searchable page uses stops `astro build`
 * once the index is written (src/integrations/pagefind.ts), naming the file, the entry and the word; a
 * word listed twice stops it earlier, through the collection's schema. Each in a throwaway copy.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { afterAll, expect, it } from 'vitest';
import { addContentFile, createTempProject, type TempProject } from '../support/temp-project';
import { wordsPath } from '../support/words';

/** A word no page of any practice is likely to use. */
const UNUSED = 'zyxwv quillet';

const projects: TempProject[] = [];
afterAll(async () => Promise.all(projects.map((project) => project.remove())));

/** A copy whose synonyms file has one more entry at the end; returns the copy and that entry's number. */
async function withEntry(entry: { words: string[]; means: string }): Promise<[TempProject, number]> {
  const project = await createTempProject();
  projects.push(project);
  const file = path.join(project.dir, 'content', wordsPath('synonyms'));
  const current = (await readFile(file, 'utf8').then(load, () => ({ synonyms: [] }))) as {
    synonyms: { words: string[]; means: string }[];
  };
  const synonyms = [...current.synonyms, entry];
  await addContentFile(project, wordsPath('synonyms'), dump({ synonyms }));
  return [project, synonyms.length];
}

it.concurrent(
  'a target no page uses stops the build, naming the file, the entry and the word',
  async () => {
    const [project, entry] = await withEntry({ words: ['qqzzy'], means: UNUSED });
    const { code, output } = await project.astro('build');
    expect(code, output).not.toBe(0);
    expect(output).toContain(`content/${wordsPath('synonyms')}`);
    expect(output).toContain(`entry ${entry}: means "${UNUSED}"`);
  },
  180_000,
);

it.concurrent(
  'a word listed in two entries stops the build through the schema, naming the entry',
  async () => {
    const [project, entry] = await withEntry({ words: ['qqzzy', 'QQZZY'], means: 'ketamine' });
    const { code, output } = await project.astro('sync');
    expect(code, output).not.toBe(0);
    expect(output).toContain(`content/${wordsPath('synonyms')}`);
    expect(output).toContain(`entry ${entry} (means: ketamine): "QQZZY" is listed twice here`);
  },
  180_000,
);
