/**
 * Review warnings: a page past its review date still builds, and the build names it in a warning. (A
 * page about the medicine that no prescriber has reviewed on a live site: practice-build.test.ts.)
 */
import { afterAll, expect, it } from 'vitest';
import { readFixture } from '../support/fixtures';
import { addContentFile, createTempProject, patchClinic, type TempProject } from '../support/temp-project';

const projects: TempProject[] = [];
afterAll(async () => Promise.all(projects.map((project) => project.remove())));

async function projectWith(fixtures: string[]): Promise<TempProject> {
  const project = await createTempProject();
  projects.push(project);
  for (const fixture of fixtures) await addContentFile(project, `guides/${fixture}`, await readFixture(fixture));
  return project;
}

it('warns, without failing, for a page whose nextReviewDue has passed', { timeout: 240_000 }, async () => {
  // While sample is true, pages say they are not reviewed, so no medicine warning gets in the way.
  const project = await projectWith(['guide-overdue-review.mdx', 'guide-medicine-unreviewed.mdx']);
  await patchClinic(project, { sample: true });

  const { code, output } = await project.astro('build');

  expect(code, output).toBe(0);
  expect(output).toMatch(/Review overdue: content\/guides\/guide-overdue-review\.mdx was due for review on 2020-01-01/);
  // The late page is named once; the fixture that is in date is not named.
  expect(output.match(/Review overdue: content\/guides\/guide-overdue-review\.mdx/g)).toHaveLength(1);
  expect(output).not.toMatch(/Review overdue: content\/guides\/guide-medicine-unreviewed\.mdx/);
  expect(output).not.toContain('Medicine review missing:');
});
