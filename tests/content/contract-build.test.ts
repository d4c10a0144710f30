/**
 * The content contract through Astro itself: each bad fixture (tests/support/fixtures.ts) added to a
 * throwaway copy of the site stops `astro sync` (which loads and validates content exactly as
 * `astro build` does), and the output names the file and the field.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_CONTENT, readFixture, readPatch } from '../support/fixtures';
import { addContentFile, createTempProject, patchClinic, type TempProject } from '../support/temp-project';
import { wordsPath } from '../support/words';
import { escapeRegExp } from '../support/regexp';

const CHECKLIST_FILE = 'checklist/items.yaml';

/**
 * Through Astro: the first fixture of each kind (guide, handout, settings, checklist, each words file)
 * and every fixture whose message the build prints itself rather than the schema. contract.test.ts
 * checks every fixture against its schema and proves each one's field; here the point is that Astro
 * stops and names the file and the field for each way content is loaded, at about 2 s a copy.
 */
const THROUGH_ASTRO = BAD_CONTENT.filter(
  (bad, index, all) => bad.printed !== undefined || all.findIndex((other) => other.kind === bad.kind) === index,
);

describe('astro stops on bad content, naming the file and the field', () => {
  const projects: TempProject[] = [];
  afterAll(async () => Promise.all(projects.map((project) => project.remove())));

  it.concurrent.each(THROUGH_ASTRO)(
    '$fixture',
    async (bad) => {
      const project = await createTempProject();
      projects.push(project);
      if (bad.kind === 'guide') await addContentFile(project, `guides/${bad.fixture}`, await readFixture(bad.fixture));
      else if (bad.kind === 'handout')
        await addContentFile(project, `handouts/${bad.fixture}`, await readFixture(bad.fixture));
      else if (bad.kind === 'checklist') await addContentFile(project, CHECKLIST_FILE, await readFixture(bad.fixture));
      else if (bad.kind === 'home' || bad.kind === 'clinicians')
        await addContentFile(project, wordsPath(bad.kind), await readFixture(bad.fixture));
      else await patchClinic(project, await readPatch(bad.fixture));

      const { code, output } = await project.astro('sync');

      expect(code, output).not.toBe(0);
      const file = {
        guide: `content/guides/${bad.fixture}`,
        handout: `content/handouts/${bad.fixture}`,
        'clinic-patch': 'content/settings/clinic.yaml',
        checklist: `content/${CHECKLIST_FILE}`,
        home: `content/${wordsPath('home')}`,
        clinicians: `content/${wordsPath('clinicians')}`,
      }[bad.kind];
      expect(output).toContain(file);
      // Astro prints each problem as "<field>: <message>", with the field as a dotted path.
      if (bad.printed) expect(output).toContain(bad.printed);
      else expect(output).toMatch(new RegExp(`${bad.field.replaceAll('.', '\\.')}: [^\\n]*${escapeRegExp(bad.says)}`));
      // Several copies sync side by side on two cores; on a busy machine one can take over a minute.
    },
    180_000,
  );
});
