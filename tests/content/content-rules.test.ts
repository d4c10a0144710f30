/**
 * Content cannot carry code: a guide with a script, an expression or an export stops the build,
 * naming file and line; and an inline script that reaches a page some other way is never allowed by
 * the security policy, and stops the build naming the page. Both on throwaway copies of the site.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readFixture } from '../support/fixtures';
import { pageId } from '../../src/integrations/shared/content-files';
import { addContentFile, createTempProject, type TempProject } from '../support/temp-project';

const projects: TempProject[] = [];
afterAll(async () => Promise.all(projects.map((project) => project.remove())));

/**
 * Builds a copy of the site with one guide fixture added, and expects the build to fail: what it
 * printed, the file as the messages name it, and whether the guide's page was published anyway.
 */
async function refusedGuide(name: string): Promise<{ file: string; output: string; published: boolean }> {
  const project = await createTempProject();
  projects.push(project);
  await addContentFile(project, `guides/${name}`, await readFixture(name));

  const { code, output } = await project.astro('build');

  expect(code, output).not.toBe(0);
  const page = path.join(project.dir, 'dist', 'guides', pageId(name), 'index.html');
  return { file: `content/guides/${name}`, output, published: existsSync(page) };
}

it.concurrent(
  'refuses a guide with a script, an expression, an export and a javascript: link, naming each line',
  async () => {
    const { file, output, published } = await refusedGuide('guide-with-script.mdx');
    expect(output).toContain(`${file}:17:1: <script> cannot be used in content`);
    expect(output).toContain(`${file}:19:29: {process.env.HOME}: {…} runs as code when the site is built`);
    expect(output).toContain(`${file}:21:1: "import" and "export" lines run as code`);
    expect(output).toContain(`${file}:23:1: link to "javascript:alert(1)"`);
    // Nothing was published, and the server's environment never reached a page.
    expect(published).toBe(false);
  },
  180_000,
);

it.concurrent(
  'refuses the same in a Markdown guide, where raw HTML is all a script or a component can be',
  async () => {
    const { file, output, published } = await refusedGuide('guide-with-script.md');
    expect(output).toContain(`${file}:17:1: raw HTML "<script>`);
    expect(output).toMatch(
      new RegExp(`${file}:19:\\d+: raw HTML "<Term.*?": content components work in .mdx files only`),
    );
    expect(output).toContain(`${file}:21:1: link to "javascript:alert(1)"`);
    expect(published).toBe(false);
  },
  180_000,
);

it.concurrent(
  'never hashes an inline script the project did not make, and stops the build naming the page',
  async () => {
    const project = await createTempProject();
    projects.push(project);
    // A script that gets past the content rules (here, raw HTML from a component) reaches the 404 page.
    const page = path.join(project.dir, 'src', 'pages', '404.astro');
    const source = await readFile(page, 'utf8');
    const injected = source.replace(
      '</BaseLayout>',
      `<Fragment set:html={'<script>window.stolen = localStorage.length</script>'} /></BaseLayout>`,
    );
    expect(injected).not.toBe(source);
    await writeFile(page, injected);

    const { code, output } = await project.astro('build');

    expect(code, output).not.toBe(0);
    expect(output).toMatch(
      /404\.html: an inline <script> that the site's own code did not make \("window\.stolen = localStorage\.length…"\)/,
    );
  },
  180_000,
);
