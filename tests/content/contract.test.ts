/**
 * The content contract: a content file with a missing or wrong field must stop the build with a
 * message that names the file and the field. Checked here against the schema directly (fast, shows
 * the exact field path); through Astro itself in contract-build.test.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../src/schemas/checklist';
import { clinicSettingsSchema } from '../../src/schemas/clinic';
import { guideSchema, handoutSchema } from '../../src/schemas/pages';
import { cliniciansSchema, homeSchema } from '../../src/schemas/words';
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
