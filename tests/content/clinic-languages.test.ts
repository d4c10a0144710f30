/**
 * The clinic settings in other languages (content/settings/clinic.<language>.yaml): each one the site
 * under test has fits its clinic.yaml, and a practice in one language needs none. Through Astro, a
 * language file that sets a shared setting, or is misnamed, stops `astro sync`, naming file and field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { clinicWordsSchema } from '../../src/schemas/clinic-words';
import { clinicInLanguage, clinicWordsFile } from '../../src/lib/clinic-language';
import { languageOf } from '../../src/lib/language';
import { clinicWordsFiles } from '../../src/loaders/clinic-words';
import { readClinic } from '../support/clinic';
import { createFixturePractice } from '../support/fixture-practice';
import { CONTENT, OTHER_PROJECT } from '../support/paths';
import { addContentFile, type TempProject } from '../support/temp-project';

const settingsFiles = (content: string) => readdirSync(path.join(content, 'settings'));

describe('the settings in other languages of the site under test', () => {
  const clinic = readClinic();
  const files = clinicWordsFiles(settingsFiles(CONTENT));

  it('has no language file for the language of clinic.yaml itself', () => {
    const own = languageOf(clinic.locale);
    expect(files.map(({ lang }) => lang)).not.toContain(own);
  });

  it.each(files)(
    '$name has a text for exactly the texts clinic.yaml has, and its own crisis lines',
    ({ lang, name }) => {
      const words = clinicWordsSchema.parse(load(readFileSync(path.join(CONTENT, 'settings', name), 'utf8')));
      const inLanguage = clinicInLanguage(clinic, words, clinicWordsFile(lang));
      expect(inLanguage.crisisLines).toEqual(words.crisisLines);
      expect(inLanguage.phone).toEqual(clinic.phone);
    },
  );
});

describe.skipIf(OTHER_PROJECT)('a practice in one language, and a language file through Astro', () => {
  let project: TempProject | undefined;
  afterAll(async () => project?.remove());

  it('syncs the English-only fixture practice with no language file, then names a wrong one', async () => {
    project = await createFixturePractice();
    const content = path.join(project.dir, 'content');
    expect(clinicWordsFiles(settingsFiles(content))).toEqual([]);
    const alone = await project.astro('sync');
    expect(alone.code, alone.output).toBe(0);
    // Astro's glob() loader would warn that nothing matched; the settings' words loader stays quiet.
    expect(alone.output).not.toMatch(/No files found|clinic-words/);

    const { crisisLines } = readClinic(content);
    const shared = { preparation: { minimumAge: 21 }, crisisLines };
    await addContentFile(project, 'settings/clinic.fr.yaml', JSON.stringify(shared));
    const setting = await project.astro('sync');
    expect(setting.code, setting.output).not.toBe(0);
    expect(setting.output).toContain('content/settings/clinic.fr.yaml');
    expect(setting.output).toContain(
      'preparation.minimumAge: "minimumAge" is set in clinic.yaml only, for every language: a language file holds only words',
    );

    await addContentFile(project, 'settings/clinic.fr.yaml', JSON.stringify({ crisisLines }));
    await addContentFile(project, 'settings/clinic.fr-CA.yaml', JSON.stringify({ crisisLines }));
    const misnamed = await project.astro('sync');
    expect(misnamed.code, misnamed.output).not.toBe(0);
    expect(misnamed.output).toContain(
      'content/settings/clinic.fr-CA.yaml: received a file named "clinic.fr-CA.yaml", expected clinic.yaml or clinic.<language>.yaml',
    );
  }, 180_000);
});
