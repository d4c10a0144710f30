/**
 * The interface words through Astro itself, on throwaway copies of the site: a mistake in
 * content/ui/<lang>.yaml stops the build naming the file and the key, and a changed word is what the
 * built pages (and the words file the scripts fetch) say.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { load as loadHtml } from 'cheerio';
import { scriptWordsPath } from '../../src/lib/addresses';
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

  it.concurrent(
    'builds pages and script words from the words in the file',
    async () => {
      const project = await projectWith((words) => {
        (words['header'] ?? {})['getHelp'] = 'Help right now';
        (words['page'] ?? {})['skipLink'] = 'Jump to the text';
        (words['stages'] as Record<string, Record<string, string>>)['before'] = {
          label: 'Getting ready',
          heading: 'Getting ready for a session',
        };
        (words['sharing'] ?? {})['linkCopied'] = 'The link is on your clipboard';
      });
      const { code, output } = await project.astro('build');
      expect(code, output).toBe(0);
      const dist = path.join(project.dir, 'dist');
      const $ = loadHtml(await readFile(path.join(dist, 'index.html'), 'utf8'));
      expect($('header a[href="#get-help"]').text().trim()).toBe('Help right now');
      expect($('a.skip-link').text().trim()).toBe('Jump to the text');
      expect($('header nav a[href="/guides/#before"]').text().trim()).toBe('Getting ready');
      const guides = loadHtml(await readFile(path.join(dist, 'guides', 'index.html'), 'utf8'));
      expect(guides('h2#before').text().trim()).toBe('Getting ready for a session');
      const scriptWords = JSON.parse(await readFile(path.join(dist, `.${scriptWordsPath(LANG)}`), 'utf8')) as {
        sharing: { linkCopied: string };
      };
      expect(scriptWords.sharing.linkCopied).toBe('The link is on your clipboard');
    },
    240_000,
  );
});
