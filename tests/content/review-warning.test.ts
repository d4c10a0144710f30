/**
 * Review warnings: a page past its review date, or a page about the medicine that no prescriber has
 * reviewed on a live site, still builds, and the build names it in a warning.
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

it(
  'warns, without failing, for a medicine page with no prescribing reviewer once sample is false',
  { timeout: 240_000 },
  async () => {
    const project = await projectWith(['guide-medicine-unreviewed.mdx', 'guide-medicine-reviewed.mdx']);
    await patchClinic(project, { sample: false });

    const { code, output } = await project.astro('build');

    expect(code, output).toBe(0);
    expect(output).toMatch(
      /Medicine review missing: content\/guides\/guide-medicine-unreviewed\.mdx says what the medicine does[^\n]*\(Licensed clinical psychologist\)/,
    );
    // Only that page of the two: a psychiatrist among the reviewers counts.
    expect(output.match(/Medicine review missing: content\/guides\/guide-medicine-unreviewed\.mdx/g)).toHaveLength(1);
    expect(output).not.toContain('Medicine review missing: content/guides/guide-medicine-reviewed.mdx');
  },
);
