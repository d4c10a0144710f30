/**
 * The content contract: a content file with a missing or wrong field must stop the build with a
 * message that names the file and the field. Checked twice: against the schema directly (fast, shows
 * the exact field path), and through Astro itself (`astro sync`, which loads and validates content
 * exactly as `astro build` does) on a throwaway copy of the site.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { clinicSettingsSchema, guideSchema } from '../../src/lib/schemas';
import { BAD_CONTENT, applyClinicPatch, frontmatter, readFixture, readPatch } from '../support/fixtures';
import { CONTENT } from '../support/paths';
import { addContentFile, createTempProject, patchClinic, type TempProject } from '../support/temp-project';

async function realClinic(): Promise<Record<string, unknown>> {
  return load(await readFile(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')) as Record<string, unknown>;
}

describe('the schemas refuse each bad fixture and name the field', () => {
  for (const bad of BAD_CONTENT) {
    it(`${bad.fixture} → ${bad.field}`, async () => {
      const result =
        bad.kind === 'guide'
          ? guideSchema.safeParse(frontmatter(await readFixture(bad.fixture)))
          : clinicSettingsSchema.safeParse(applyClinicPatch(await realClinic(), await readPatch(bad.fixture)));
      expect(result.success).toBe(false);
      const issues = result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      expect(issues).toContainEqual({ path: bad.field, message: expect.stringContaining(bad.says) });
    });
  }

  it('accepts the real clinic settings', async () => {
    expect(clinicSettingsSchema.safeParse(await realClinic()).success).toBe(true);
  });
});

describe('astro stops on bad content, naming the file and the field', () => {
  const projects: TempProject[] = [];
  afterAll(async () => Promise.all(projects.map((project) => project.remove())));

  it.concurrent.each(BAD_CONTENT)('$fixture', async (bad) => {
    const project = await createTempProject();
    projects.push(project);
    if (bad.kind === 'guide') await addContentFile(project, `guides/${bad.fixture}`, await readFixture(bad.fixture));
    else await patchClinic(project, await readPatch(bad.fixture));

    const { code, output } = await project.astro('sync');

    expect(code, output).not.toBe(0);
    const file = bad.kind === 'guide' ? `content/guides/${bad.fixture}` : 'content/settings/clinic.yaml';
    expect(output).toContain(file);
    // Astro prints each problem as "<field>: <message>", with the field as a dotted path.
    expect(output).toMatch(new RegExp(`${bad.field.replaceAll('.', '\\.')}: [^\\n]*${escape(bad.says)}`));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
