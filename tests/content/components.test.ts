/**
 * A content component given a bad prop stops the build, and the message says what it received and
 * what it expected, so an editor can fix the guide without reading code. Each fixture is a valid
 * guide with one bad component, built in a throwaway copy of the site. A full build is slow, so
 * only the components that check content (clinic settings, glossary) are built here; the messages
 * of the others are unit-tested where they are made (tests/unit/session-ways, callout).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFixture } from '../support/fixtures';
import { addContentFile, createTempProject, type TempProject } from '../support/temp-project';

const BAD_COMPONENTS = [
  {
    fixture: 'component-clinic-setting-unknown.mdx',
    says: 'Clinic setting: received name "fasting.food", expected one of:',
  },
  {
    fixture: 'component-term-unknown.mdx',
    says: '<Term>: received "floaty", expected a word defined in content/glossary.yaml',
  },
];

describe('a bad component prop stops the build with "received … expected …"', () => {
  const projects: TempProject[] = [];
  afterAll(async () => Promise.all(projects.map((project) => project.remove())));

  // One at a time: two builds at once on a small machine take longer than both in turn.
  it.each(BAD_COMPONENTS)('$fixture', { timeout: 180_000 }, async ({ fixture, says }) => {
    const project = await createTempProject();
    projects.push(project);
    await addContentFile(project, `guides/${fixture}`, await readFixture(fixture));

    const { code, output } = await project.astro('build');

    expect(code, output).not.toBe(0);
    expect(output).toContain(says);
  });
});
