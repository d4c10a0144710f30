/** A page past its review date still builds, and the build names it in a warning. */
import { afterAll, expect, it } from 'vitest';
import { readFixture } from '../support/fixtures';
import { addContentFile, createTempProject, type TempProject } from '../support/temp-project';

let project: TempProject | undefined;
afterAll(async () => project?.remove());

it('warns, without failing, for a page whose nextReviewDue has passed', async () => {
  project = await createTempProject();
  await addContentFile(project, 'guides/guide-overdue-review.mdx', await readFixture('guide-overdue-review.mdx'));

  const { code, output } = await project.astro('build');

  expect(code, output).toBe(0);
  expect(output).toMatch(/Review overdue: content\/guides\/guide-overdue-review\.mdx was due for review on 2020-01-01/);
  // Only the late page is named: the real guides are all in date.
  expect(output.match(/Review overdue:/g)).toHaveLength(1);
});
