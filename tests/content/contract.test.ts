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
import { checklistSchema, clinicSettingsSchema, guideSchema, handoutSchema } from '../../src/lib/schemas';
import { cliniciansSchema, homeSchema } from '../../src/lib/words-schemas';
import { languageOf } from '../../src/lib/language';
import { pageIds } from '../support/words';
import {
  BAD_CONTENT,
  applyClinicPatch,
  frontmatter,
  guideIdsOnDisk,
  readFixture,
  readPatch,
  type BadContentFixture,
} from '../support/fixtures';
import { CONTENT } from '../support/paths';
import { addContentFile, createTempProject, patchClinic, type TempProject } from '../support/temp-project';

async function realClinic(): Promise<Record<string, unknown>> {
  return load(await readFile(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')) as Record<string, unknown>;
}

describe('the schemas refuse each bad fixture and name the field', () => {
  for (const bad of BAD_CONTENT) {
    it(`${bad.fixture} → ${bad.field}`, async () => {
      const result = await parseFixture(bad);
      expect(result.success).toBe(false);
      const issues = result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      expect(issues).toContainEqual({ path: bad.field, message: expect.stringContaining(bad.says) });
    });
  }

  it('accepts the real clinic settings', async () => {
    expect(clinicSettingsSchema.safeParse(await realClinic()).success).toBe(true);
  });

  it('accepts the real checklist', async () => {
    const checklist = load(await readFile(path.join(CONTENT, 'checklist', 'items.yaml'), 'utf8'));
    expect(checklistSchema(guideIdsOnDisk()).safeParse(checklist).error?.issues ?? []).toEqual([]);
  });
});

describe('astro stops on bad content, naming the file and the field', () => {
  const projects: TempProject[] = [];
  afterAll(async () => Promise.all(projects.map((project) => project.remove())));

  it.concurrent.each(BAD_CONTENT)(
    '$fixture',
    async (bad) => {
      const project = await createTempProject();
      projects.push(project);
      if (bad.kind === 'guide') await addContentFile(project, `guides/${bad.fixture}`, await readFixture(bad.fixture));
      else if (bad.kind === 'handout')
        await addContentFile(project, `handouts/${bad.fixture}`, await readFixture(bad.fixture));
      else if (bad.kind === 'checklist') await addContentFile(project, CHECKLIST_FILE, await readFixture(bad.fixture));
      else if (bad.kind === 'home' || bad.kind === 'clinicians')
        await addContentFile(project, await wordsFile(bad.kind), await readFixture(bad.fixture));
      else await patchClinic(project, await readPatch(bad.fixture));

      const { code, output } = await project.astro('sync');

      expect(code, output).not.toBe(0);
      const file = {
        guide: `content/guides/${bad.fixture}`,
        handout: `content/handouts/${bad.fixture}`,
        'clinic-patch': 'content/settings/clinic.yaml',
        checklist: `content/${CHECKLIST_FILE}`,
        home: `content/${await wordsFile('home')}`,
        clinicians: `content/${await wordsFile('clinicians')}`,
      }[bad.kind];
      expect(output).toContain(file);
      // Astro prints each problem as "<field>: <message>", with the field as a dotted path.
      if (bad.printed) expect(output).toContain(bad.printed);
      else expect(output).toMatch(new RegExp(`${bad.field.replaceAll('.', '\\.')}: [^\\n]*${escape(bad.says)}`));
      // Several copies sync side by side on two cores; on a busy machine one can take over a minute.
    },
    180_000,
  );
});

const CHECKLIST_FILE = 'checklist/items.yaml';

/** A words collection's file in the clinic's language, relative to content/: home/en.yaml. */
async function wordsFile(collection: string): Promise<string> {
  return `${collection}/${languageOf(String((await realClinic())['locale']))}.yaml`;
}

async function parseFixture(bad: BadContentFixture) {
  switch (bad.kind) {
    case 'guide':
      return guideSchema.safeParse(frontmatter(await readFixture(bad.fixture)));
    case 'handout':
      return handoutSchema.safeParse(frontmatter(await readFixture(bad.fixture)));
    case 'clinic-patch':
      return clinicSettingsSchema.safeParse(applyClinicPatch(await realClinic(), await readPatch(bad.fixture)));
    case 'checklist':
      return checklistSchema(guideIdsOnDisk()).safeParse(load(await readFixture(bad.fixture)));
    case 'home':
      return homeSchema.safeParse(load(await readFixture(bad.fixture)));
    case 'clinicians':
      return cliniciansSchema({ guides: pageIds('guides'), handouts: pageIds('handouts') }).safeParse(
        load(await readFixture(bad.fixture)),
      );
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
