/**
 * The words collections as the site reads them: content/<collection>/<language>.yaml, in the clinic's
 * language, through their schemas. Tests compute what pages should say from these, so they hold for
 * any valid content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { SettingWords } from '../../src/lib/clinic-values';
import { languageOf } from '../../src/lib/language';
import { pageId } from '../../src/lib/content-files';
import {
  cliniciansSchema,
  homeSchema,
  planSchema,
  routesSchema,
  valueWordsSchema,
  type CliniciansWords,
  type HomeWords,
  type PlanWords,
} from '../../src/lib/words-schemas';
import { readClinic } from './clinic';
import { CONTENT } from './paths';

/** The page files of a content folder, by id. */
const pageIds = (folder: string) =>
  readdirSync(path.join(CONTENT, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map(pageId);

/** The parsed YAML of one words collection in the clinic's language. */
export function wordsFile(collection: string): unknown {
  const file = path.join(CONTENT, collection, `${languageOf(readClinic().locale)}.yaml`);
  return load(readFileSync(file, 'utf8'));
}

export const readHome = (): HomeWords => homeSchema.parse(wordsFile('home'));
export const readPlan = (): PlanWords => planSchema.parse(wordsFile('plan'));
export const readClinicians = (): CliniciansWords =>
  cliniciansSchema({ guides: pageIds('guides'), handouts: pageIds('handouts') }).parse(wordsFile('clinicians'));

/** The words clinic settings read in (content/values/ and content/routes/). */
export function readSettingWords(): SettingWords {
  return { values: valueWordsSchema.parse(wordsFile('values')), routes: routesSchema.parse(wordsFile('routes')) };
}
